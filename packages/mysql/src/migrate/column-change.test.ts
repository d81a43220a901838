import type { ColumnDef } from '@schema-studio/schema';
import { describe, expect, it } from 'vitest';
import { classifyColumnChange, effectiveColumn } from './column-change.ts';
import { col } from './test-support.ts';

const verdict = (a: ColumnDef, b: ColumnDef, charset = 'utf8mb4') => classifyColumnChange(a, b, charset);

describe('classifyColumnChange', () => {
  it('widens a VARCHAR in place while its length prefix stays one byte', () => {
    expect(verdict(col('a', 'varchar(10)'), col('a', 'varchar(63)')).op).toBe('widenVarchar');
    expect(verdict(col('a', 'varchar(10)'), col('a', 'varchar(64)')).op).toBe('rebuildColumn');
    expect(verdict(col('a', 'varchar(10)'), col('a', 'varchar(200)'), 'latin1').op).toBe('widenVarchar');
  });

  it('widens a VARCHAR in place while its length prefix stays two bytes', () => {
    expect(verdict(col('a', 'varchar(100)'), col('a', 'varchar(500)')).op).toBe('widenVarchar');
  });

  it('claims nothing in place when the character set is unknown', () => {
    expect(verdict(col('a', 'varchar(10)'), col('a', 'varchar(20)'), 'big5').op).toBe('rebuildColumn');
  });

  it('appends ENUM and SET members instantly, unless the storage size grows', () => {
    expect(verdict(col('e', "enum('a','b')"), col('e', "enum('a','b','c')")).op).toBe('appendMembers');
    expect(verdict(col('s', "set('a','b')"), col('s', "set('a','b','c')")).op).toBe('appendMembers');
    const eight = "'1','2','3','4','5','6','7','8'";
    expect(verdict(col('s', `set(${eight})`), col('s', `set(${eight},'9')`)).op).toBe('rebuildColumn');
  });

  it('rebuilds for reordered members and reports removed ones as data loss', () => {
    const reordered = verdict(col('e', "enum('a','b')"), col('e', "enum('b','a')"));
    expect(reordered).toMatchObject({ op: 'rebuildColumn' });
    expect(reordered.lossy).toBeUndefined();
    expect(verdict(col('e', "enum('a','b')"), col('e', "enum('a')")).lossy).toMatch(/may cut or reject/);
  });

  it('rebuilds and checks for NULLs when a column becomes NOT NULL', () => {
    const v = verdict(col('a', 'int(11)'), col('a', 'int(11)', { nullable: false }));
    expect(v).toMatchObject({ op: 'rebuildColumn', nullCheck: true });
    expect(verdict(col('a', 'int(11)', { nullable: false }), col('a', 'int(11)')).nullCheck).toBeUndefined();
  });

  it('rebuilds for a new character set, collation, AUTO_INCREMENT or generation', () => {
    expect(verdict(col('a', 'text'), col('a', 'text', { mysql: { charset: 'latin1' } })).op).toBe(
      'rebuildColumn',
    );
    expect(verdict(col('a', 'text'), col('a', 'text', { collation: 'utf8mb4_bin' })).op).toBe(
      'rebuildColumn',
    );
    expect(verdict(col('a', 'int(11)'), col('a', 'int(11)', { mysql: { autoIncrement: true } })).op).toBe(
      'rebuildColumn',
    );
  });

  it('sets a default alone instantly, and other metadata without a clause', () => {
    expect(verdict(col('a', 'int(11)'), col('a', 'int(11)', { default: '1' })).op).toBe('setDefault');
    expect(verdict(col('a', 'int(11)'), col('a', 'int(11)', { comment: 'x' })).op).toBe('modifyMetadata');
    const onUpdate = { default: 'current_timestamp()', mysql: { onUpdate: 'current_timestamp()' } };
    expect(verdict(col('a', 'datetime'), col('a', 'datetime', onUpdate)).op).toBe('modifyMetadata');
  });

  it('drops the in-place rule when more than the type changes', () => {
    expect(verdict(col('a', 'varchar(10)'), col('a', 'varchar(20)', { comment: 'x' })).op).toBe(
      'modifyMetadata',
    );
  });
});

describe('effectiveColumn', () => {
  it("spells out the table's character set and collation on text columns only", () => {
    const table = { charset: 'utf8mb4', collation: 'utf8mb4_general_ci' };
    expect(effectiveColumn(col('a', 'varchar(5)'), table)).toMatchObject({
      collation: 'utf8mb4_general_ci',
      mysql: { charset: 'utf8mb4' },
    });
    expect(effectiveColumn(col('a', 'int(11)'), table)).toEqual(col('a', 'int(11)'));
    expect(effectiveColumn(col('a', 'text', { collation: 'latin1_bin' }), table).mysql?.charset).toBe(
      'latin1',
    );
  });
});
