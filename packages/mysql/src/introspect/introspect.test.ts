import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type SchemaModel, serializeModel, type TableDef } from '@schema-studio/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempDatabase, type TempDatabase } from '../testing/server.ts';
import { introspectMysql } from './index.ts';

const featuresSql = readFileSync(
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/features.sql'),
  'utf8',
);

/** packages/mysql/fixtures/features.sql, loaded once into a database of its own and read once. */
describe('introspectMysql on features.sql', () => {
  let db: TempDatabase;
  let model: SchemaModel;
  beforeAll(async () => {
    db = await createTempDatabase('features');
    await db.exec(featuresSql);
    model = await introspectMysql(db.query, { database: db.name });
  });
  afterAll(() => db?.drop());

  function table(name: string): TableDef {
    const found = model.tables.find((t) => t.name === name);
    if (!found) throw new Error(`no table ${name}`);
    return found;
  }
  const column = (t: string, c: string) => table(t).columns.find((x) => x.name === c);

  it('is a mysql model without schemas, every object in schema ""', () => {
    expect(model.dialect).toBe('mysql');
    expect(model.schemas).toEqual([]);
    expect(model.tables.map((t) => `${t.schema}.${t.name}`)).toEqual([
      '.audit',
      '.customer',
      '.orders',
      '.product',
      '.store',
    ]);
    expect(model.views.map((v) => v.name)).toEqual(['active_customer', 'customer_order']);
  });

  it('reads unsigned, zerofill and AUTO_INCREMENT', () => {
    expect(column('customer', 'id')).toEqual({
      name: 'id',
      type: 'int(10) unsigned zerofill',
      nullable: false,
      comment: 'surrogate key',
      mysql: { autoIncrement: true },
    });
    expect(column('orders', 'id')).toMatchObject({
      type: 'bigint(20) unsigned',
      mysql: { autoIncrement: true },
    });
  });

  it('keeps character set and collation only where they differ from the table', () => {
    expect(column('customer', 'email')).toEqual({
      name: 'email',
      type: 'varchar(120)',
      nullable: false,
      collation: 'ascii_bin',
      mysql: { charset: 'ascii' },
    });
    expect(column('customer', 'name')?.collation).toBeUndefined();
    expect(table('customer').mysql).toEqual({
      engine: 'InnoDB',
      charset: 'utf8mb4',
      collation: 'utf8mb4_unicode_ci',
    });
  });

  it('reads literal and expression defaults, told apart from NULL and the string NULL', () => {
    const defaults = Object.fromEntries(table('customer').columns.map((c) => [c.name, c.default]));
    expect(defaults).toMatchObject({
      name: "'it''s me'",
      nickname: "'NULL'",
      note: undefined,
      status: "'new'",
      tags: "'a,c'",
      flags: "b'101'",
      balance: '0.00',
      ratio: 'rand()',
      created_at: 'current_timestamp(3)',
      updated_at: 'current_timestamp()',
    });
    expect(column('customer', 'updated_at')?.mysql).toEqual({ onUpdate: 'current_timestamp()' });
    expect(column('customer', 'created_at')?.mysql).toBeUndefined();
  });

  it('reads ENUM and SET labels in the type', () => {
    expect(column('customer', 'status')?.type).toBe("enum('new','active','gone')");
    expect(column('customer', 'tags')?.type).toBe("set('a','b','c')");
  });

  it('reads virtual and stored generated columns', () => {
    expect(column('customer', 'email_domain')).toEqual({
      name: 'email_domain',
      type: 'varchar(120)',
      nullable: true,
      generated: "substring_index(`email`,'@',-1)",
    });
    expect(column('customer', 'name_length')).toEqual({
      name: 'name_length',
      type: 'int(11)',
      nullable: true,
      generated: 'char_length(`name`)',
      mysql: { generatedStored: true },
    });
  });

  it("reads MariaDB's JSON alias as json, without its json_valid check", () => {
    expect(column('customer', 'profile')).toEqual({ name: 'profile', type: 'json', nullable: true });
    expect(table('customer').checks).toEqual([
      { name: 'age', expression: '`age` >= 18' },
      { name: 'ck_customer_balance', expression: '`balance` >= 0' },
    ]);
  });

  it('reads primary keys, unique constraints and unique indexes with prefix lengths', () => {
    expect(table('product').primaryKey).toEqual({ name: 'PRIMARY', columns: ['sku', 'region'] });
    expect(table('customer').uniques).toEqual([{ name: 'uq_customer_email', columns: ['email'] }]);
    expect(table('customer').indexes).toEqual([
      {
        name: 'ix_customer_created',
        unique: false,
        method: 'BTREE',
        keys: [{ column: 'created_at', descending: true }, { column: 'name' }],
        comment: 'newest first',
      },
      {
        name: 'uq_customer_name_prefix',
        unique: true,
        method: 'BTREE',
        keys: [{ column: 'name', length: 10 }, { column: 'nickname' }],
      },
    ]);
  });

  it('reads FULLTEXT and SPATIAL indexes', () => {
    expect(table('product').indexes).toEqual([
      {
        name: 'ft_product_text',
        unique: false,
        method: 'FULLTEXT',
        keys: [{ column: 'title' }, { column: 'description' }],
      },
    ]);
    expect(table('store').indexes).toEqual([
      { name: 'sp_store_location', unique: false, method: 'SPATIAL', keys: [{ column: 'location' }] },
    ]);
  });

  it('reads foreign keys with their rules, and the indexes MySQL adds for them', () => {
    const common = { refSchema: '', match: 'simple', deferrable: false, initiallyDeferred: false };
    expect(table('orders').foreignKeys).toEqual([
      {
        ...common,
        name: 'fk_orders_customer',
        columns: ['customer_id'],
        refTable: 'customer',
        refColumns: ['id'],
        onUpdate: 'cascade',
        onDelete: 'set null',
      },
      {
        ...common,
        name: 'fk_orders_product',
        columns: ['sku', 'region'],
        refTable: 'product',
        refColumns: ['sku', 'region'],
        onUpdate: 'restrict',
        onDelete: 'restrict',
      },
    ]);
    expect(table('orders').indexes.map((i) => i.name)).toEqual(['fk_orders_customer', 'fk_orders_product']);
    expect(table('orders').checks).toEqual([{ name: 'ck_orders_quantity', expression: '`quantity` > 0' }]);
  });

  it('reads engine, row format and comments of tables', () => {
    expect(table('product').mysql).toEqual({
      engine: 'InnoDB',
      charset: 'utf8mb4',
      collation: 'utf8mb4_general_ci',
      rowFormat: 'COMPACT',
    });
    expect(table('store').mysql).toEqual({
      engine: 'MyISAM',
      charset: 'latin1',
      collation: 'latin1_swedish_ci',
    });
    expect(table('customer').comment).toBe('people who order');
  });

  it('reads triggers as definitions, keeping their order', () => {
    expect(table('orders').triggers).toEqual([
      {
        name: 'orders_audit',
        definition:
          "CREATE TRIGGER `orders_audit` BEFORE INSERT ON `orders` FOR EACH ROW INSERT INTO audit (message) VALUES (concat('order ', NEW.sku))",
      },
      {
        name: 'orders_check',
        definition:
          'CREATE TRIGGER `orders_check` BEFORE INSERT ON `orders` FOR EACH ROW FOLLOWS `orders_audit` SET NEW.quantity = greatest(NEW.quantity, 1)',
      },
    ]);
  });

  it('reads functions and procedures as definitions', () => {
    expect(model.functions).toEqual([
      {
        schema: '',
        name: 'close_customer',
        kind: 'procedure',
        args: 'IN customer int(11), OUT closed int(11)',
        language: 'sql',
        definition:
          'CREATE PROCEDURE `close_customer`(IN `customer` int(11), OUT `closed` int(11))\n' +
          '    MODIFIES SQL DATA\n    SQL SECURITY INVOKER\n' +
          "BEGIN\n  UPDATE customer SET status = 'gone' WHERE id = customer;\n  SET closed = ROW_COUNT();\nEND",
      },
      {
        schema: '',
        name: 'order_count',
        kind: 'function',
        args: 'customer int(11)',
        returns: 'int(11)',
        language: 'sql',
        definition:
          'CREATE FUNCTION `order_count`(`customer` int(11)) RETURNS int(11)\n' +
          "    READS SQL DATA\n    COMMENT 'orders of one customer'\n" +
          'RETURN (SELECT count(*) FROM orders WHERE customer_id = customer)',
        comment: 'orders of one customer',
      },
    ]);
  });

  it('reads views: definition without the database, options, columns and what they read', () => {
    const [active, orders] = model.views;
    expect(active).toMatchObject({
      definition:
        "select `c`.`id` AS `id`,`c`.`name` AS `name`,'it\\'s `x`' AS `label` from `customer` `c` where `c`.`status` = 'active'",
      dependsOn: ['.customer'],
    });
    expect(active?.options).toBeUndefined();
    expect(orders).toMatchObject({
      options: ['algorithm=merge', 'check_option=local', 'security=invoker'],
      dependsOn: ['.active_customer', '.order_count', '.orders'],
      columns: [
        { name: 'id', type: 'int(10) unsigned zerofill', comment: 'surrogate key' },
        { name: 'name', type: 'varchar(80)' },
        { name: 'sku', type: 'char(8)' },
        { name: 'n', type: 'int(11)' },
      ],
    });
  });

  it('reads the same script in another database as the same bytes, and uses the current database by default', async () => {
    const other = await createTempDatabase('features_again');
    try {
      await other.exec(featuresSql);
      expect(serializeModel(await introspectMysql(other.query))).toBe(serializeModel(model));
    } finally {
      await other.drop();
    }
  });

  it('names the database of a foreign key that leaves this one', async () => {
    const other = await createTempDatabase('cross_db');
    try {
      await other.exec(
        `CREATE TABLE note (id int PRIMARY KEY, customer_id int(10) unsigned zerofill,
           CONSTRAINT fk_note_customer FOREIGN KEY (customer_id) REFERENCES \`${db.name}\`.customer (id))`,
      );
      const [fk] = (await introspectMysql(other.query)).tables[0]?.foreignKeys ?? [];
      expect(fk).toMatchObject({ refSchema: db.name, refTable: 'customer', refColumns: ['id'] });
    } finally {
      await other.drop();
    }
  });
});
