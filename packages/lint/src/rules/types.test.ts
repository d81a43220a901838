import { describe, expect, it } from 'vitest';
import { IDENTITY } from '../testing/identity.ts';
import { col, findings, fixSql, model, only, table } from '../testing/models.ts';

describe('timestamp-without-time-zone', () => {
  const events = (type: string) =>
    model([table('events', [col('id'), col('at', type), col('done', 'timestamp with time zone')])]);

  it('reports timestamp without time zone and changes it to timestamptz, keeping the precision', () => {
    const m = events('timestamp(3) without time zone');
    const finding = only(m, 'timestamp-without-time-zone');
    expect(finding.fix).toEqual([
      {
        kind: 'column.setType',
        schema: 'public',
        table: 'events',
        name: 'at',
        type: 'timestamp(3) with time zone',
      },
    ]);
    expect(fixSql(m, finding)).toEqual([
      'ALTER TABLE public.events ALTER COLUMN at TYPE timestamp(3) with time zone USING at::timestamp(3) with time zone',
    ]);
  });

  it('does not report timestamptz, nor anything on MySQL (its DATETIME has no zone to add)', () => {
    expect(findings(events('date'), 'timestamp-without-time-zone')).toEqual([]);
    const my = model([table('events', [col('id'), col('at', 'timestamp')])], 'mysql');
    expect(findings(my, 'timestamp-without-time-zone')).toEqual([]);
  });
});

describe('length-limited-text', () => {
  it('reports varchar(n) and char(n) as info on PostgreSQL', () => {
    const m = model([
      table('t', [
        col('id'),
        col('a', 'character varying(20)'),
        col('b', 'character(2)'),
        col('c', 'text'),
        col('d', 'character varying'),
      ]),
    ]);
    const found = findings(m, 'length-limited-text');
    expect(found.map((f) => [f.object.name, f.severity])).toEqual([
      ['a', 'info'],
      ['b', 'info'],
    ]);
    expect(found[1]?.why).toContain('padded');
  });

  it('does not report MySQL, where VARCHAR(n) is the ordinary string type', () => {
    expect(
      findings(model([table('t', [col('id'), col('a', 'varchar(20)')])], 'mysql'), 'length-limited-text'),
    ).toEqual([]);
  });
});

describe('integer-primary-key', () => {
  const serial = col('id', 'integer', { default: "nextval('public.orders_id_seq'::regclass)" });

  it('reports a serial or identity integer key as info from the model alone', () => {
    const m = model([
      table('orders', [serial]),
      table('items', [col('id', 'integer', { identity: IDENTITY })]),
    ]);
    expect(findings(m, 'integer-primary-key').map((f) => [f.object.table, f.severity])).toEqual([
      ['items', 'info'],
      ['orders', 'info'],
    ]);
  });

  it('escalates with live facts: little sequence headroom, or many rows', () => {
    const m = model([table('orders', [serial])]);
    const low = only(m, 'integer-primary-key', { live: { sequenceHeadroom: { 'public.orders.id': 0.05 } } });
    expect(low.severity).toBe('error');
    expect(low.message).toContain('Only 5% of its range is left.');
    const busy = only(m, 'integer-primary-key', {
      live: { rowEstimates: { 'public.orders': 1_200_000_000 } },
    });
    expect(busy.severity).toBe('warning');
    // An explicit setting in the options still wins.
    expect(
      only(m, 'integer-primary-key', {
        rules: { 'integer-primary-key': 'info' },
        live: { sequenceHeadroom: { 'public.orders.id': 0 } },
      }).severity,
    ).toBe('info');
  });

  it('does not report bigint keys, keys the database does not generate, or small lookup keys', () => {
    const m = model([
      table('a', [col('id', 'bigint', { identity: IDENTITY })]),
      table('b', [col('id')]),
      table('c', [col('id', 'smallint', { identity: IDENTITY })]),
    ]);
    expect(findings(m, 'integer-primary-key')).toEqual([]);
  });

  it('on MySQL, reports INT AUTO_INCREMENT keys (display width or not)', () => {
    const m = model(
      [table('film', [col('id', 'int(10) unsigned', { mysql: { autoIncrement: true } })])],
      'mysql',
    );
    expect(only(m, 'integer-primary-key').message).toContain('at most 4294967295');
  });
});
