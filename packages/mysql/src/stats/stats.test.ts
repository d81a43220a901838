import type { IndexStats, LiveStats, SequenceStats, TableStats } from '@schema-studio/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseVersion } from '../introspect/features.ts';
import { createTempDatabase, type TempDatabase } from '../testing/server.ts';
import { readMysqlLiveStats, readMysqlLiveStatsLimited } from './index.ts';

const setup = `
CREATE TABLE orders (
  id int unsigned AUTO_INCREMENT PRIMARY KEY, customer int NOT NULL, note varchar(40),
  KEY customer_ix (customer), KEY note_ix (note)) ENGINE=InnoDB;
INSERT INTO orders (customer, note)
  WITH RECURSIVE g (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < 200)
  SELECT n % 20, CONCAT('note ', n) FROM g;
CREATE TABLE tiny (id tinyint AUTO_INCREMENT PRIMARY KEY, v int) AUTO_INCREMENT = 120;
INSERT INTO tiny (v) VALUES (1);
CREATE TABLE fresh (id bigint unsigned AUTO_INCREMENT PRIMARY KEY);
CREATE TABLE plain (code char(2) PRIMARY KEY);
ANALYZE TABLE orders, tiny, fresh, plain;`;

let db: TempDatabase;
let mariadb = false;
let before: LiveStats;

beforeAll(async () => {
  db = await createTempDatabase('stats');
  await db.exec(setup);
  const [row] = await db.query('SELECT VERSION() AS v');
  mariadb = parseVersion(String(row?.v)).mariadb;
  before = await readMysqlLiveStats(db.query, { database: db.name });
});

afterAll(async () => {
  await db?.drop();
});

function table(stats: LiveStats, name: string): TableStats {
  const found = stats.tables.find((t) => t.schema === '' && t.table === name);
  if (!found) throw new Error(`no stats for ${name}`);
  return found;
}

function index(stats: LiveStats, tableName: string, name: string): IndexStats {
  const found = stats.indexes.find((i) => i.table === tableName && i.index === name);
  if (!found) throw new Error(`no stats for index ${name} on ${tableName}`);
  return found;
}

function sequence(stats: LiveStats, name: string): SequenceStats {
  const found = stats.sequences.find((s) => s.name === name);
  if (!found) throw new Error(`no AUTO_INCREMENT stats for ${name}`);
  return found;
}

describe('readMysqlLiveStats', () => {
  it('says when it was collected, in the server clock, as ISO text', () => {
    expect(before.dialect).toBe('mysql');
    expect(before.collectedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(before).not.toHaveProperty('statsResetAt');
  });

  it('estimates rows after ANALYZE TABLE and measures tables with schema ""', () => {
    expect(before.tables.map((t) => t.table)).toEqual(['fresh', 'orders', 'plain', 'tiny']);
    const orders = table(before, 'orders');
    expect(orders.rowEstimate).toBe(200);
    expect(table(before, 'fresh').rowEstimate).toBe(0);
    expect(orders.tableBytes).toBeGreaterThan(0);
    expect(orders.indexBytes).toBeGreaterThan(0);
    expect(orders.totalBytes).toBe(orders.tableBytes + orders.indexBytes);
    expect(orders).not.toHaveProperty('seqScans');
    expect(before.available.tableScans).toBe(false);
  });

  it('lists indexes with their kind and InnoDB size', () => {
    expect(before.indexes.filter((i) => i.table === 'orders').map((i) => i.index)).toEqual([
      'PRIMARY',
      'customer_ix',
      'note_ix',
    ]);
    expect(index(before, 'orders', 'PRIMARY')).toMatchObject({ primary: true, unique: true, valid: true });
    expect(index(before, 'orders', 'note_ix')).toMatchObject({ primary: false, unique: false, valid: true });
    expect(before.available.indexSizes).toBe(true);
    expect(index(before, 'orders', 'customer_ix').bytes).toBeGreaterThan(0);
  });

  it('gives AUTO_INCREMENT headroom against the column type', () => {
    expect(sequence(before, 'tiny')).toEqual({
      schema: '',
      name: 'tiny',
      kind: 'autoIncrement',
      ownedBy: { table: '.tiny', column: 'id' },
      lastValue: '120',
      minValue: '1',
      maxValue: '127',
      increment: '1',
      cycle: false,
      headroom: 7 / 126,
    });
    expect(sequence(before, 'fresh')).toMatchObject({
      lastValue: null,
      maxValue: '18446744073709551615',
      headroom: 1,
    });
    // a bulk INSERT ... SELECT reserves counter values in doubling blocks: the counter may be past MAX(id)
    const orders = sequence(before, 'orders');
    expect(orders.maxValue).toBe('4294967295');
    expect(Number(orders.lastValue)).toBeGreaterThanOrEqual(200);
    expect(before.sequences.map((s) => s.name)).not.toContain('plain');
  });

  it('reads a tinyint counter that ran out as exhausted', async () => {
    await db.exec('INSERT INTO tiny (v) VALUES (2), (3), (4), (5), (6), (7), (8)');
    const after = await readMysqlLiveStats(db.query, { database: db.name });
    expect(sequence(after, 'tiny')).toMatchObject({ lastValue: '127', headroom: 0 });
  });
});

describe('index usage on MariaDB', () => {
  let previous = 0;

  afterAll(async () => {
    if (mariadb) await db.query('SET GLOBAL userstat = ?', [previous]);
  });

  it('is reported unavailable while userstat is off, and counted while it is on', async (ctx) => {
    if (!mariadb) ctx.skip();
    const [row] = await db.query('SELECT @@GLOBAL.userstat AS userstat');
    previous = Number(row?.userstat ?? 0);
    await db.query('SET GLOBAL userstat = 0');
    const off = await readMysqlLiveStats(db.query, { database: db.name });
    expect(off.available.indexUsage).toBe(false);
    expect(index(off, 'orders', 'customer_ix')).not.toHaveProperty('rowsRead');

    await db.query('SET GLOBAL userstat = 1');
    await db.query('FLUSH INDEX_STATISTICS');
    await db.query('SELECT COUNT(*) FROM orders FORCE INDEX (customer_ix) WHERE customer = 5');
    const on = await readMysqlLiveStats(db.query, { database: db.name });
    expect(on.available.indexUsage).toBe(true);
    expect(index(on, 'orders', 'customer_ix').rowsRead).toBeGreaterThan(0);
    expect(index(on, 'orders', 'note_ix').rowsRead).toBe(0);
  });
});

describe('readMysqlLiveStatsLimited', () => {
  it("bounds the session's statements and lock waits with the server's own variable", async () => {
    const stats = await readMysqlLiveStatsLimited(db.query, { database: db.name });
    expect(stats.tables.map((t) => t.table)).toEqual(before.tables.map((t) => t.table));
    const [locks] = await db.query('SELECT @@SESSION.lock_wait_timeout AS seconds');
    expect(Number(locks?.seconds)).toBe(1);
    const variable = mariadb ? '@@SESSION.max_statement_time' : '@@SESSION.max_execution_time';
    const [limit] = await db.query(`SELECT ${variable} AS v`);
    expect(Number(limit?.v)).toBe(mariadb ? 5 : 5000);
  });
});
