import { describe, expect, it } from 'vitest';
import type { ColumnRow } from './columns.sql.ts';
import { parseVersion, serverFeatures } from './features.ts';
import type { IndexPartRow } from './indexes.sql.ts';
import { asJsonColumn, toColumn } from './map-columns.ts';
import { isJsonValidCheck, toForeignKeys } from './map-constraints.ts';
import { columnDefault, normalizeNow, onUpdateOf } from './map-defaults.ts';
import { groupIndexParts, toTableKeys } from './map-indexes.ts';
import { toRoutine, toTriggers } from './map-objects.ts';
import { parseCreateOptions, toTableOptions } from './map-tables.ts';
import { toView } from './map-views.ts';
import type { TriggerRow } from './triggers.sql.ts';
import { unqualify } from './unqualify.ts';

const MARIADB = serverFeatures('10.11.19-MariaDB-0+deb12u1');
const MYSQL8 = serverFeatures('8.0.36');
const TABLE = { charset: 'utf8mb4', collation: 'utf8mb4_general_ci' };

function column(init: Partial<ColumnRow>): ColumnRow {
  return {
    table: 't',
    name: 'c',
    position: 1,
    type: 'int(11)',
    dataType: 'int',
    nullable: true,
    default: null,
    extra: '',
    generationExpression: null,
    charset: null,
    collation: null,
    ...init,
  };
}

function part(init: Partial<IndexPartRow>): IndexPartRow {
  return {
    table: 't',
    index: 'ix',
    unique: false,
    seq: 1,
    column: 'a',
    expression: null,
    order: 'A',
    subPart: null,
    method: 'BTREE',
    ...init,
  };
}

describe('server features', () => {
  it('tells MariaDB from MySQL, also behind the replication version prefix', () => {
    expect(parseVersion('5.5.5-10.4.1-MariaDB')).toEqual({ mariadb: true, major: 10, minor: 4, patch: 1 });
    expect(MARIADB).toMatchObject({ mariadb: true, quotedDefaults: true, checkTableName: true });
    expect(MYSQL8).toMatchObject({ mariadb: false, quotedDefaults: false, indexExpressions: true });
    expect(serverFeatures('8.0.12').checkConstraints).toBe(false);
    expect(serverFeatures('10.2.6-MariaDB').quotedDefaults).toBe(false);
    expect(serverFeatures('10.4.30-MariaDB').checkLevel).toBe(false);
  });
});

describe('column defaults', () => {
  it('keeps MariaDB defaults as the SQL it reports, and its NULL means no default', () => {
    const d = (value: string | null) => columnDefault(column({ default: value }), MARIADB);
    expect(d("'it''s'")).toBe("'it''s'");
    expect(d('NULL')).toBeUndefined();
    expect(d("'NULL'")).toBe("'NULL'");
    expect(d('current_timestamp()')).toBe('current_timestamp()');
    expect(d(null)).toBeUndefined();
  });

  it('quotes MySQL 8 literal defaults by type and keeps expressions in parentheses', () => {
    const d = (value: string, dataType: string, extra = '') =>
      columnDefault(column({ default: value, dataType, extra }), MYSQL8);
    expect(d("it's", 'varchar')).toBe("'it''s'");
    expect(d('NULL', 'varchar')).toBe("'NULL'");
    expect(d('a\\b', 'varchar')).toBe("'a\\\\b'");
    expect(d('0', 'int')).toBe('0');
    expect(d('1.50', 'decimal')).toBe('1.50');
    expect(d("b'101'", 'bit')).toBe("b'101'");
    expect(d('x', 'enum')).toBe("'x'");
    expect(d('CURRENT_TIMESTAMP', 'timestamp', 'DEFAULT_GENERATED')).toBe('current_timestamp()');
    expect(d('CURRENT_TIMESTAMP(3)', 'datetime', 'DEFAULT_GENERATED')).toBe('current_timestamp(3)');
    expect(d('rand()', 'double', 'DEFAULT_GENERATED')).toBe('(rand())');
    expect(d('2020-01-01 00:00:00', 'datetime')).toBe("'2020-01-01 00:00:00'");
  });

  it('spells the CURRENT_TIMESTAMP family one way, in defaults and ON UPDATE', () => {
    expect(normalizeNow('now()')).toBe('current_timestamp()');
    expect(normalizeNow('CURRENT_TIMESTAMP')).toBe('current_timestamp()');
    expect(normalizeNow('localtimestamp(6)')).toBe('current_timestamp(6)');
    expect(normalizeNow('rand()')).toBe('rand()');
    expect(onUpdateOf('DEFAULT_GENERATED on update CURRENT_TIMESTAMP(3)')).toBe('current_timestamp(3)');
    expect(onUpdateOf('on update current_timestamp()')).toBe('current_timestamp()');
    expect(onUpdateOf('auto_increment')).toBeUndefined();
  });
});

describe('columns', () => {
  it('keeps unsigned and zerofill in the type and flags AUTO_INCREMENT', () => {
    const c = toColumn(
      column({ type: 'int(10) unsigned zerofill', nullable: false, extra: 'auto_increment' }),
      TABLE,
      MARIADB,
    );
    expect(c).toEqual({
      name: 'c',
      type: 'int(10) unsigned zerofill',
      nullable: false,
      mysql: { autoIncrement: true },
    });
  });

  it('keeps character set and collation only where they differ from the table', () => {
    const same = toColumn(column({ charset: 'utf8mb4', collation: 'utf8mb4_general_ci' }), TABLE, MARIADB);
    expect(same.collation).toBeUndefined();
    expect(same.mysql).toBeUndefined();
    const bin = toColumn(column({ charset: 'utf8mb4', collation: 'utf8mb4_bin' }), TABLE, MARIADB);
    expect(bin).toMatchObject({ collation: 'utf8mb4_bin' });
    expect(bin.mysql).toBeUndefined();
    const latin = toColumn(column({ charset: 'latin1', collation: 'latin1_swedish_ci' }), TABLE, MARIADB);
    expect(latin).toMatchObject({ collation: 'latin1_swedish_ci', mysql: { charset: 'latin1' } });
  });

  it('reads virtual and stored generated columns, without a default', () => {
    const virtual = toColumn(
      column({ extra: 'VIRTUAL GENERATED', generationExpression: '`a` + 1', default: 'NULL' }),
      TABLE,
      MARIADB,
    );
    expect(virtual).toEqual({ name: 'c', type: 'int(11)', nullable: true, generated: '`a` + 1' });
    const stored = toColumn(
      column({ extra: 'STORED GENERATED', generationExpression: '`a` * 2' }),
      TABLE,
      MYSQL8,
    );
    expect(stored.mysql).toEqual({ generatedStored: true });
    // MySQL 8's DEFAULT_GENERATED marks an expression default, not a generated column.
    const now = toColumn(
      column({
        dataType: 'timestamp',
        type: 'timestamp',
        default: 'CURRENT_TIMESTAMP',
        extra: 'DEFAULT_GENERATED',
      }),
      TABLE,
      MYSQL8,
    );
    expect(now).toMatchObject({ default: 'current_timestamp()' });
    expect(now.generated).toBeUndefined();
  });

  it("turns MariaDB's JSON alias back into json", () => {
    const raw = toColumn(
      column({ type: 'longtext', dataType: 'longtext', charset: 'utf8mb4', collation: 'utf8mb4_bin' }),
      { charset: 'latin1', collation: 'latin1_swedish_ci' },
      MARIADB,
    );
    expect(asJsonColumn(raw)).toEqual({ name: 'c', type: 'json', nullable: true });
    const check = { table: 't', name: 'c', clause: 'json_valid(`c`)', level: 'Column', enforced: true };
    expect(isJsonValidCheck(check)).toBe(true);
    expect(isJsonValidCheck({ ...check, level: 'Table' })).toBe(false);
    expect(isJsonValidCheck({ ...check, level: null })).toBe(true);
    expect(isJsonValidCheck({ ...check, clause: 'json_valid(`c`) and 1' })).toBe(false);
  });
});

describe('keys and indexes', () => {
  it('splits primary key, unique constraints and indexes', () => {
    const rows = [
      part({ index: 'PRIMARY', unique: true, column: 'id' }),
      part({ index: 'uq', unique: true, column: 'a' }),
      part({ index: 'uq', unique: true, column: 'b', seq: 2 }),
      part({ index: 'uq_prefix', unique: true, column: 'a', subPart: 10 }),
      part({ index: 'uq_hash', unique: true, column: 'body', method: 'HASH', order: null }),
      part({ index: 'ix', column: 'b', order: 'D', seq: 2 }),
      part({ index: 'ix', column: 'a', seq: 1, comment: 'why' }),
      part({ index: 'sp', column: 'geo', subPart: 32, method: 'SPATIAL' }),
      part({ index: 'ft', column: 'body', order: null, method: 'FULLTEXT' }),
      part({ index: 'fx', column: null, expression: '(lower(`a`))' }),
    ];
    const keys = toTableKeys(groupIndexParts(rows).get('t') ?? []);
    expect(keys.primaryKey).toEqual({ name: 'PRIMARY', columns: ['id'] });
    expect(keys.uniques).toEqual([{ name: 'uq', columns: ['a', 'b'] }]);
    expect(keys.indexes).toEqual([
      { name: 'uq_prefix', unique: true, method: 'BTREE', keys: [{ column: 'a', length: 10 }] },
      { name: 'uq_hash', unique: true, method: 'HASH', keys: [{ column: 'body' }] },
      {
        name: 'ix',
        unique: false,
        method: 'BTREE',
        keys: [{ column: 'a' }, { column: 'b', descending: true }],
        comment: 'why',
      },
      { name: 'sp', unique: false, method: 'SPATIAL', keys: [{ column: 'geo' }] },
      { name: 'ft', unique: false, method: 'FULLTEXT', keys: [{ column: 'body' }] },
      { name: 'fx', unique: false, method: 'BTREE', keys: [{ column: '(lower(`a`))', expression: true }] },
    ]);
  });
});

describe('foreign keys', () => {
  it('orders columns, maps rules, and names only a referenced database other than its own', () => {
    const base = { table: 'c', refTable: 'p', onUpdate: 'SET NULL', onDelete: 'CASCADE' };
    const fks = toForeignKeys(
      [
        { ...base, name: 'fk', position: 2, column: 'b', refSchema: 'shop', refColumn: 'y' },
        { ...base, name: 'fk', position: 1, column: 'a', refSchema: 'shop', refColumn: 'x' },
        {
          ...base,
          name: 'ext',
          position: 1,
          column: 'a',
          refSchema: 'other',
          refColumn: 'x',
          onUpdate: 'NO ACTION',
        },
      ],
      'shop',
    );
    expect(fks).toEqual([
      {
        name: 'fk',
        columns: ['a', 'b'],
        refSchema: '',
        refTable: 'p',
        refColumns: ['x', 'y'],
        onUpdate: 'set null',
        onDelete: 'cascade',
        match: 'simple',
        deferrable: false,
        initiallyDeferred: false,
      },
      expect.objectContaining({ name: 'ext', refSchema: 'other', onUpdate: 'no action' }),
    ]);
  });
});

describe('views', () => {
  it('drops the database qualifier outside string literals and lists what the view reads', () => {
    const sql =
      "select `shop`.`c`.`id` AS `id`,'`shop`.`x`' AS `s`,`shop`.`f`(1) AS `f`,`shopx`.`t`.`a` AS `a`," +
      '`g`(`c`.`id`) AS `g` from (`shop`.`c` join `other`.`t`)';
    expect(unqualify(sql, 'shop')).toEqual({
      sql: "select `c`.`id` AS `id`,'`shop`.`x`' AS `s`,`f`(1) AS `f`,`shopx`.`t`.`a` AS `a`,`g`(`c`.`id`) AS `g` from (`c` join `other`.`t`)",
      references: ['c', 'f', 'g'],
    });
    expect(unqualify("select 'it\\'s `shop`.`x`' from `sh``op`.`t`", 'sh`op').sql).toBe(
      "select 'it\\'s `shop`.`x`' from `t`",
    );
  });

  it('keeps non-default options and dependencies among known objects', () => {
    const view = toView(
      {
        name: 'v',
        definition: 'select `shop`.`c`.`id` AS `id`,`shop`.`f`() AS `n` from `shop`.`c`',
        checkOption: 'LOCAL',
        security: 'INVOKER',
        algorithm: 'UNDEFINED',
      },
      [column({ table: 'v', name: 'id' })],
      'shop',
      new Set(['c']),
    );
    expect(view).toEqual({
      schema: '',
      name: 'v',
      materialized: false,
      definition: 'select `c`.`id` AS `id`,`f`() AS `n` from `c`',
      columns: [{ name: 'id', type: 'int(11)' }],
      options: ['check_option=local', 'security=invoker'],
      indexes: [],
      triggers: [],
      dependsOn: ['.c'],
    });
  });
});

describe('triggers and routines', () => {
  it('writes CREATE TRIGGER, with FOLLOWS for the second of the same timing and event', () => {
    const row = (name: string, order: number, timing = 'BEFORE'): TriggerRow => ({
      table: 'orders',
      name,
      timing,
      event: 'INSERT',
      order,
      statement: 'SET NEW.n = 1',
    });
    const defs = toTriggers([row('a', 1), row('b', 2), row('c', 1, 'AFTER')]).map((t) => t.definition);
    expect(defs).toEqual([
      'CREATE TRIGGER `a` BEFORE INSERT ON `orders` FOR EACH ROW SET NEW.n = 1',
      'CREATE TRIGGER `b` BEFORE INSERT ON `orders` FOR EACH ROW FOLLOWS `a` SET NEW.n = 1',
      'CREATE TRIGGER `c` AFTER INSERT ON `orders` FOR EACH ROW SET NEW.n = 1',
    ]);
  });

  it('rebuilds functions and procedures with their non-default characteristics', () => {
    const base = { deterministic: false, dataAccess: 'CONTAINS SQL', security: 'DEFINER' };
    const fn = toRoutine(
      { ...base, name: 'f', type: 'FUNCTION', returns: 'char(4)', body: 'RETURN 1', deterministic: true },
      [{ routine: 'f', routineType: 'FUNCTION', position: 1, mode: null, name: 'a', type: 'int(11)' }],
    );
    expect(fn).toEqual({
      schema: '',
      name: 'f',
      kind: 'function',
      args: 'a int(11)',
      returns: 'char(4)',
      language: 'sql',
      definition: 'CREATE FUNCTION `f`(`a` int(11)) RETURNS char(4)\n    DETERMINISTIC\nRETURN 1',
    });
    const proc = toRoutine(
      {
        ...base,
        name: 'p',
        type: 'PROCEDURE',
        returns: null,
        body: 'BEGIN SELECT 1; END',
        dataAccess: 'READS SQL DATA',
        security: 'INVOKER',
        comment: "it's",
      },
      [
        { routine: 'p', routineType: 'PROCEDURE', position: 2, mode: 'OUT', name: 'b', type: 'int(11)' },
        { routine: 'p', routineType: 'PROCEDURE', position: 1, mode: 'IN', name: 'a', type: 'int(11)' },
      ],
    );
    expect(proc?.args).toBe('IN a int(11), OUT b int(11)');
    expect(proc?.definition).toBe(
      "CREATE PROCEDURE `p`(IN `a` int(11), OUT `b` int(11))\n    READS SQL DATA\n    SQL SECURITY INVOKER\n    COMMENT 'it''s'\nBEGIN SELECT 1; END",
    );
    expect(toRoutine({ ...base, name: 'pk', type: 'PACKAGE', returns: null, body: '' }, [])).toBeUndefined();
  });
});

describe('table options', () => {
  it('keeps engine, charset and collation, and the row format only when written', () => {
    const row = { name: 't', engine: 'InnoDB', charset: 'utf8mb4', collation: 'utf8mb4_bin' };
    expect(toTableOptions({ ...row, createOptions: '' })).toEqual({
      mysql: { engine: 'InnoDB', charset: 'utf8mb4', collation: 'utf8mb4_bin' },
    });
    expect(
      toTableOptions({ ...row, createOptions: 'row_format=COMPACT stats_persistent=0 partitioned' }),
    ).toEqual({
      mysql: { engine: 'InnoDB', charset: 'utf8mb4', collation: 'utf8mb4_bin', rowFormat: 'COMPACT' },
      options: ['stats_persistent=0'],
    });
    expect(parseCreateOptions('max_rows=10 checksum=1')).toEqual({ options: ['checksum=1', 'max_rows=10'] });
  });
});
