import { describe, expect, it } from 'vitest';
import { skipBlank, splitMysqlScript } from './split.ts';

function pieces(sql: string): string[] {
  return splitMysqlScript(sql).map((s) => sql.slice(s.start, s.end).trim());
}

describe('splitMysqlScript', () => {
  it('splits at semicolons and keeps a last statement without one', () => {
    expect(pieces('SELECT 1; SELECT 2;\nSELECT 3')).toEqual(['SELECT 1', 'SELECT 2', 'SELECT 3']);
  });

  it('ignores semicolons in strings, identifiers and comments', () => {
    const sql = [
      "INSERT INTO t VALUES ('a;b', 'it''s;', 'back\\';slash', \"dq;\");",
      'CREATE TABLE `we;ird``;` (a int); -- trailing; comment',
      '# hash; comment',
      'SELECT /* block; */ 1;',
    ].join('\n');
    expect(pieces(sql)).toEqual([
      "INSERT INTO t VALUES ('a;b', 'it''s;', 'back\\';slash', \"dq;\")",
      'CREATE TABLE `we;ird``;` (a int)',
      '-- trailing; comment\n# hash; comment\nSELECT /* block; */ 1',
    ]);
  });

  it('reads `--` as a comment only when a blank follows', () => {
    expect(pieces('SELECT 1--1; SELECT 2')).toEqual(['SELECT 1--1', 'SELECT 2']);
    expect(pieces('SELECT 1 --;\n; SELECT 2')).toEqual(['SELECT 1 --', 'SELECT 2']);
    expect(pieces('SELECT 1 -- ;\n; SELECT 2')).toEqual(['SELECT 1 -- ;', 'SELECT 2']);
  });

  it('leaves out pieces that hold only blanks and comments', () => {
    expect(pieces(';;\n-- only a comment;\n/* and; another */ ;')).toEqual([]);
  });

  it('cuts a compound body at its semicolons (the runner joins them again)', () => {
    expect(pieces('CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END;')).toEqual([
      'CREATE PROCEDURE p() BEGIN SELECT 1',
      'SELECT 2',
      'END',
    ]);
  });
});

describe('skipBlank', () => {
  it('skips blanks and comments to the first keyword', () => {
    const sql = '  -- note\n /* x */\n  CREATE TABLE t';
    expect(sql.slice(skipBlank(sql, 0))).toBe('CREATE TABLE t');
  });
});
