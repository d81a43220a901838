import { describe, expect, it } from 'vitest';
import { charsetBytes, memberStorageBytes, parseColumnType, typeWidens } from './column-type.ts';

describe('parseColumnType', () => {
  it('reads base, arguments and flags as the catalog renders them', () => {
    expect(parseColumnType('int(10) unsigned zerofill')).toEqual({
      base: 'int',
      args: [10],
      members: [],
      unsigned: true,
      zerofill: true,
    });
    expect(parseColumnType('decimal(12,4)').args).toEqual([12, 4]);
    expect(parseColumnType('TEXT').base).toBe('text');
  });

  it('reads ENUM and SET members with doubled and escaped quotes', () => {
    expect(parseColumnType("enum('a','it''s','x,y','b\\\\c')").members).toEqual(['a', "it's", 'x,y', 'b\\c']);
    expect(parseColumnType("set('')").members).toEqual(['']);
  });
});

describe('typeWidens', () => {
  const widens = (a: string, b: string) => typeWidens(parseColumnType(a), parseColumnType(b));

  it.each([
    ['int(11)', 'bigint(20)'],
    ['int(10) unsigned', 'bigint(20)'],
    ['varchar(20)', 'varchar(200)'],
    ['varchar(200)', 'text'],
    ['char(2)', 'varchar(2)'],
    ['decimal(8,2)', 'decimal(12,4)'],
    ["enum('a','b')", "enum('b','a','c')"],
    ['datetime', 'datetime(6)'],
    ['date', 'datetime'],
    ['float', 'double'],
  ])('%s -> %s keeps every value', (a, b) => {
    expect(widens(a, b)).toBe(true);
  });

  it.each([
    ['bigint(20)', 'int(11)'],
    ['int(11)', 'int(10) unsigned'],
    ['int(10) unsigned', 'int(11)'],
    ['varchar(200)', 'varchar(20)'],
    ['text', 'varchar(200)'],
    ['varchar(10)', 'varbinary(10)'],
    ['decimal(12,4)', 'decimal(12,2)'],
    ["enum('a','b','c')", "enum('a','b')"],
    ['datetime', 'date'],
    ['int(11)', 'varchar(20)'],
    ['json', 'geometry'],
  ])('%s -> %s may lose values', (a, b) => {
    expect(widens(a, b)).toBe(false);
  });
});

describe('storage sizes', () => {
  it('knows when ENUM and SET storage grows', () => {
    expect(memberStorageBytes('enum', 255)).toBe(1);
    expect(memberStorageBytes('enum', 256)).toBe(2);
    expect(memberStorageBytes('set', 8)).toBe(1);
    expect(memberStorageBytes('set', 9)).toBe(2);
    expect(memberStorageBytes('set', 33)).toBe(8);
  });

  it('knows the widest character of common character sets, and admits not knowing others', () => {
    expect(charsetBytes('utf8mb4')).toBe(4);
    expect(charsetBytes('LATIN1')).toBe(1);
    expect(charsetBytes('big5')).toBeUndefined();
    expect(charsetBytes(undefined)).toBeUndefined();
  });
});
