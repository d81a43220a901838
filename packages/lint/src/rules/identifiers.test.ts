import { describe, expect, it } from 'vitest';
import { col, findings, model, table } from '../testing/models.ts';

const names = (rule: string, m: ReturnType<typeof model>) =>
  findings(m, rule).map((f) => `${f.object.kind} ${f.object.name}`);

describe('identifier rules', () => {
  it('identifier-too-long: over 63 bytes on PostgreSQL (multi-byte letters count double), 64 characters on MySQL', () => {
    const long = 'x'.repeat(64);
    const accented = 'é'.repeat(32); // 32 characters, 64 bytes
    const m = model([table('t', [col('id'), col(long), col(accented), col('x'.repeat(63))])]);
    expect(names('identifier-too-long', m)).toEqual([`column ${long}`, `column ${accented}`]);
    expect(findings(m, 'identifier-too-long')[0]?.severity).toBe('error');
    const my = model([table('t', [col('id'), col(long), col(accented), col('y'.repeat(65))])], 'mysql');
    expect(names('identifier-too-long', my)).toEqual([`column ${'y'.repeat(65)}`]);
  });

  it('identifier-reserved-word: keywords of the dialect, not ordinary words', () => {
    const m = model([table('order', [col('id'), col('user'), col('position'), col('name', 'text')])]);
    expect(names('identifier-reserved-word', m)).toEqual(['table order', 'column position', 'column user']);
    const my = model([table('Order', [col('id'), col('rank'), col('user')])], 'mysql');
    expect(names('identifier-reserved-word', my)).toEqual(['table Order', 'column rank']);
  });

  it('identifier-needs-quoting: capitals on PostgreSQL, punctuation anywhere, but MySQL keeps case bare', () => {
    const m = model([table('Album', [col('id'), col('AlbumId'), col('first name', 'text'), col('ok_name')])]);
    expect(names('identifier-needs-quoting', m)).toEqual([
      'table Album',
      'column AlbumId',
      'primaryKey Album_pkey',
      'column first name',
    ]);
    const my = model(
      [table('Album', [col('id'), col('AlbumId'), col('first-name', 'text'), col('2024')])],
      'mysql',
    );
    expect(names('identifier-needs-quoting', my)).toEqual(['column 2024', 'column first-name']);
  });

  it('does not judge the name MySQL gives every primary key (PRIMARY)', () => {
    const my = model(
      [table('t', [col('id')], { primaryKey: { name: 'PRIMARY', columns: ['id'] } })],
      'mysql',
    );
    expect(findings(my, 'identifier-reserved-word')).toEqual([]);
  });
});
