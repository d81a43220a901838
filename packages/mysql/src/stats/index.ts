/**
 * Live statistics of a MySQL 8 or MariaDB database from information_schema and, where the server keeps them,
 * InnoDB's persistent statistics and per-index read counters. No user table is read.
 */
import { type IndexStats, LIVE_STATS_LIMITS, type LiveStats } from '@schema-studio/schema';
import type { QueryFn } from '../query.ts';
import { readAutoIncrements } from './auto-increment.sql.ts';
import { type IndexUsage, readIndexUsage } from './index-usage.ts';
import { type IndexKey, indexKey, readIndexes, readIndexSizes } from './indexes.sql.ts';
import { openStatsSession } from './server.sql.ts';
import { readTableStats } from './tables.sql.ts';

export interface MysqlLiveStatsOptions {
  /** The database to read (a MySQL model is one database). */
  readonly database: string;
}

/**
 * Reads live statistics of `options.database` through `query` (one session: on MySQL 8 a session setting is
 * changed for the duration and restored). What the server does not expose is reported in `available` rather
 * than failing: index read counts need MariaDB's `userstat` or performance_schema, index sizes need read access
 * to `mysql.innodb_index_stats`. There is no reset time for MySQL's counters (they start with the server or
 * with `userstat`, and FLUSH/TRUNCATE clears them without a record), so `statsResetAt` is left out.
 */
export async function readMysqlLiveStats(query: QueryFn, options: MysqlLiveStatsOptions): Promise<LiveStats> {
  const { database } = options;
  const session = await openStatsSession(query);
  try {
    const tables = await readTableStats(query, database);
    const indexes = await readIndexes(query, database);
    const sizes = await readIndexSizes(query, database);
    const usage = await readIndexUsage(query, database, session.features);
    const sequences = await readAutoIncrements(query, database);
    return {
      dialect: 'mysql',
      collectedAt: session.collectedAt,
      available: { indexUsage: usage !== undefined, tableScans: false, indexSizes: sizes !== undefined },
      tables,
      indexes: indexes.map((ix) => withCounts(ix, sizes, usage)),
      sequences,
    };
  } finally {
    await session.restore();
  }
}

function withCounts(
  ix: IndexStats,
  sizes: ReadonlyMap<IndexKey, number> | undefined,
  usage: IndexUsage | undefined,
): IndexStats {
  const key = indexKey(ix.table, ix.index);
  const bytes = sizes?.get(key);
  return {
    ...ix,
    ...(bytes !== undefined && { bytes }),
    // an index the counters do not list was not read since they started
    ...(usage && { rowsRead: usage.get(key) ?? 0 }),
  };
}

/**
 * `readMysqlLiveStats` on a connection of its own, first bounded by `LIVE_STATS_LIMITS`. MariaDB bounds every
 * statement with `max_statement_time` (seconds), MySQL 8 bounds SELECTs with `max_execution_time`
 * (milliseconds); each server rejects the other's variable, so both are tried and a refusal is ignored.
 */
export async function readMysqlLiveStatsLimited(
  query: QueryFn,
  options: MysqlLiveStatsOptions,
): Promise<LiveStats> {
  const settings = [
    `SET SESSION max_statement_time = ${LIVE_STATS_LIMITS.statementMs / 1000}`,
    `SET SESSION max_execution_time = ${LIVE_STATS_LIMITS.statementMs}`,
    `SET SESSION lock_wait_timeout = ${Math.max(1, Math.round(LIVE_STATS_LIMITS.lockMs / 1000))}`,
  ];
  for (const sql of settings) await query(sql).catch(() => undefined);
  return readMysqlLiveStats(query, options);
}
