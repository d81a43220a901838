import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueryFn } from '../query.ts';
import { createTempDatabase, type TempDatabase } from '../testing/server.ts';
import { readMysqlLiveStats } from './index.ts';

let db: TempDatabase;

beforeAll(async () => {
  db = await createTempDatabase('stats_degrade');
  await db.exec(`CREATE TABLE t (id int AUTO_INCREMENT PRIMARY KEY, v int, KEY v_ix (v));
    INSERT INTO t (v) VALUES (1), (2); ANALYZE TABLE t;`);
});

afterAll(async () => {
  await db?.drop();
});

/** The test server's session, with some statements answered or refused as another server would. */
function intercepted(answer: (sql: string) => ReturnType<QueryFn> | undefined): QueryFn {
  return (sql, params) => answer(sql) ?? db.query(sql, params);
}

describe('readMysqlLiveStats where the server exposes less', () => {
  it('reports index sizes unavailable when mysql.innodb_index_stats cannot be read', async () => {
    const query = intercepted((sql) =>
      sql.includes('innodb_index_stats')
        ? Promise.reject(new Error("SELECT command denied to user for table 'innodb_index_stats'"))
        : undefined,
    );
    const stats = await readMysqlLiveStats(query, { database: db.name });
    expect(stats.available.indexSizes).toBe(false);
    expect(stats.indexes.map((i) => i.index)).toEqual(['PRIMARY', 'v_ix']);
    expect(stats.indexes.every((i) => !('bytes' in i))).toBe(true);
    expect(stats.tables[0]?.rowEstimate).toBe(2);
  });

  it('reads MySQL 8 figures fresh and puts the cache setting back', async () => {
    const seen: string[] = [];
    const query = intercepted((sql) => {
      if (sql.includes('VERSION()')) return db.query(sql.replace('VERSION()', "'8.0.36'"));
      if (sql.includes('information_schema_stats_expiry')) {
        seen.push(sql.trim());
        return Promise.resolve(sql.startsWith('SELECT') ? [{ expiry: '86400' }] : []);
      }
      return undefined;
    });
    const stats = await readMysqlLiveStats(query, { database: db.name });
    expect(seen).toEqual([
      'SELECT @@SESSION.information_schema_stats_expiry AS expiry',
      'SET @@SESSION.information_schema_stats_expiry = 0',
      'SET @@SESSION.information_schema_stats_expiry = ?',
    ]);
    // this server's performance_schema is off: no counts rather than zeros
    expect(stats.available.indexUsage).toBe(false);
    expect(stats.sequences.map((s) => s.name)).toEqual(['t']);
  });
});
