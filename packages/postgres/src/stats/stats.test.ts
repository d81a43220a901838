import type { IndexStats, LiveStats, TableStats } from '@schema-studio/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectPostgres } from '../connect.ts';
import { createTempDatabase, type TempDatabase } from '../testing/server.ts';
import { readLiveStats, readLiveStatsLimited } from './index.ts';

const setup = `
CREATE SCHEMA app;
CREATE TABLE app.orders (id serial PRIMARY KEY, customer int NOT NULL, note text, code int);
CREATE INDEX orders_customer ON app.orders (customer);
CREATE INDEX orders_note ON app.orders (note);
INSERT INTO app.orders (customer, note, code) SELECT g % 100, 'note ' || g, g % 10 FROM generate_series(1, 2000) g;
CREATE TABLE app.tickets (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, title text);
CREATE TABLE app.never_analyzed (id int);
CREATE SEQUENCE app.fresh;
SELECT pg_catalog.setval('app.orders_id_seq', 2147483647 - 100);
ANALYZE app.orders;
ANALYZE app.tickets;`;

let db: TempDatabase;
let before: LiveStats;

beforeAll(async () => {
  db = await createTempDatabase('stats');
  // Counters of a new database have no reset time; resetting them gives one (and starts from zero).
  await db.query('SELECT pg_catalog.pg_stat_reset()');
  await db.exec(setup);
  // Left invalid: the build fails on duplicate codes, after the catalog entry was committed.
  await expect(db.query('CREATE UNIQUE INDEX CONCURRENTLY orders_code ON app.orders (code)')).rejects.toThrow(
    /could not create unique index/,
  );
  await flushStats();
  before = await readLiveStats(db.query);
});

afterAll(async () => {
  await db?.drop();
});

/** This backend's pending counters, into shared memory at the end of this statement (PostgreSQL 15+). */
async function flushStats(): Promise<void> {
  await db.query('SELECT pg_catalog.pg_stat_force_next_flush()');
}

function table(stats: LiveStats, name: string): TableStats {
  const found = stats.tables.find((t) => t.schema === 'app' && t.table === name);
  if (!found) throw new Error(`no stats for app.${name}`);
  return found;
}

function index(stats: LiveStats, name: string): IndexStats {
  const found = stats.indexes.find((i) => i.schema === 'app' && i.index === name);
  if (!found) throw new Error(`no stats for index app.${name}`);
  return found;
}

describe('readLiveStats on PostgreSQL', () => {
  it('says when it was collected and since when counters run', () => {
    expect(before.dialect).toBe('postgres');
    expect(before.collectedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const resetAt = before.statsResetAt ?? 'never reset';
    expect(resetAt).toMatch(/^\d{4}-/);
    expect(resetAt <= before.collectedAt).toBe(true);
    expect(before.available).toEqual({ indexUsage: true, tableScans: true, indexSizes: true });
  });

  it('estimates rows from ANALYZE and tells a never-analyzed table apart', () => {
    expect(table(before, 'orders').rowEstimate).toBe(2000);
    expect(table(before, 'tickets').rowEstimate).toBe(0);
    expect(table(before, 'never_analyzed').rowEstimate).toBeNull();
  });

  it('measures tables and indexes', () => {
    const orders = table(before, 'orders');
    expect(orders.tableBytes).toBeGreaterThan(0);
    expect(orders.indexBytes).toBeGreaterThan(0);
    expect(orders.totalBytes).toBe(orders.tableBytes + orders.indexBytes);
    expect(index(before, 'orders_customer').bytes).toBeGreaterThan(0);
  });

  it('lists every index of a table, keyed like the model, with its kind', () => {
    const names = before.indexes.filter((i) => i.table === 'orders').map((i) => i.index);
    expect(names).toEqual(['orders_code', 'orders_customer', 'orders_note', 'orders_pkey']);
    expect(index(before, 'orders_pkey')).toMatchObject({ primary: true, unique: true, valid: true });
    expect(index(before, 'orders_note')).toMatchObject({ primary: false, unique: false, valid: true });
  });

  it('reports the index a failed CREATE INDEX CONCURRENTLY left invalid', () => {
    expect(index(before, 'orders_code')).toMatchObject({ valid: false, unique: true });
  });

  it('counts scans of a used index while an unused one stays at zero', async () => {
    expect(index(before, 'orders_customer').scans).toBe(0);
    const seqBefore = table(before, 'orders').seqScans ?? 0;
    await db.exec(`SET enable_seqscan = off;
      SELECT count(*) FROM app.orders WHERE customer = 5;
      RESET enable_seqscan;
      SELECT count(*) FROM app.orders;`);
    await flushStats();
    const after = await readLiveStats(db.query);
    expect(index(after, 'orders_customer').scans).toBeGreaterThan(0);
    expect(index(after, 'orders_customer').rowsRead).toBeGreaterThan(0);
    expect(index(after, 'orders_note').scans).toBe(0);
    expect(index(after, 'orders_note').rowsRead).toBe(0);
    const orders = table(after, 'orders');
    expect(orders.indexScans).toBeGreaterThan(0);
    expect(orders.seqScans).toBeGreaterThan(seqBefore);
    expect(orders.seqRowsRead).toBeGreaterThanOrEqual(2000);
  });

  it('gives each sequence its headroom and the column it feeds', () => {
    const byName = new Map(before.sequences.map((s) => [s.name, s]));
    expect(byName.get('orders_id_seq')).toEqual({
      schema: 'app',
      name: 'orders_id_seq',
      kind: 'sequence',
      ownedBy: { table: 'app.orders', column: 'id' },
      lastValue: '2147483547',
      minValue: '1',
      maxValue: '2147483647',
      increment: '1',
      cycle: false,
      headroom: 100 / 2147483646,
    });
    expect(byName.get('tickets_id_seq')).toMatchObject({
      kind: 'identity',
      ownedBy: { table: 'app.tickets', column: 'id' },
      lastValue: null,
      headroom: 1,
    });
    expect(byName.get('fresh')).not.toHaveProperty('ownedBy');
  });

  it('reads only the schemas asked for', async () => {
    const none = await readLiveStats(db.query, { schemas: ['public'] });
    expect(none.tables).toEqual([]);
    expect(none.indexes).toEqual([]);
    expect(none.sequences).toEqual([]);
  });
});

describe('readLiveStatsLimited', () => {
  it('bounds its own session, and gives up on a lock instead of waiting behind it', async () => {
    const reader = await connectPostgres(db.url);
    const holder = await connectPostgres(db.url);
    const query = (sql: string, params?: readonly unknown[]) =>
      reader.query(sql, params as unknown[] | undefined);
    try {
      const stats = await readLiveStatsLimited(query);
      expect(stats.tables.length).toBeGreaterThan(0);
      expect((await reader.query('SHOW statement_timeout')).rows[0]).toEqual({ statement_timeout: '5s' });
      expect((await reader.query('SHOW lock_timeout')).rows[0]).toEqual({ lock_timeout: '1s' });
      // A migration holding app.orders: the size functions would wait for it; the read fails within a second.
      await holder.query('BEGIN');
      await holder.query('LOCK TABLE app.orders IN ACCESS EXCLUSIVE MODE');
      await expect(readLiveStatsLimited(query)).rejects.toThrow(/lock timeout/);
    } finally {
      await holder.query('ROLLBACK').catch(() => undefined);
      await holder.end();
      await reader.end();
    }
  });
});
