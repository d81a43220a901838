/**
 * Live statistics of a PostgreSQL database, read from the catalog and the cumulative statistics views only:
 * sizes, row estimates, scan and index usage counters, invalid indexes and sequence headroom.
 */
import { LIVE_STATS_LIMITS, type LiveStats } from '@schema-studio/schema';
import type { QueryFn } from '../query.ts';
import { type IndexStatsRow, indexStatsQuery } from './indexes.sql.ts';
import { mapIndex, mapSequence, mapTable } from './map.ts';
import { type SequenceStatsRow, sequenceStatsQuery } from './sequences.sql.ts';
import { type ServerRow, serverQuery } from './server.sql.ts';
import { type TableStatsRow, tableStatsQuery } from './tables.sql.ts';

export interface LiveStatsOptions {
  /** Schemas to read; all user schemas when absent (as `introspectPostgres`). */
  readonly schemas?: readonly string[];
}

/**
 * Reads live statistics through `query` (a `pg` client or pool, or PGlite). Nothing is read from user tables
 * and no session setting is changed, so it is cheap to repeat. The cumulative statistics are flushed by each
 * backend now and then (PostgreSQL 15+: at most once a second when idle), so very recent activity may not
 * show yet.
 */
export async function readLiveStats(query: QueryFn, options: LiveStatsOptions = {}): Promise<LiveStats> {
  const server = (await query(serverQuery)).rows[0] as ServerRow | undefined;
  if (!server) throw new Error('the server returned no row for its clock and settings');
  const schemas = options.schemas ? [...options.schemas] : null;
  // One after another: `query` is usually one session, and `pg` deprecates queueing queries on a client.
  const tables = await query(tableStatsQuery, [schemas]);
  const indexes = await query(indexStatsQuery(server.version >= 160000), [schemas]);
  const sequences = await query(sequenceStatsQuery, [schemas]);
  const counted = server.track_counts;
  return {
    dialect: 'postgres',
    collectedAt: server.collected_at,
    ...(server.stats_reset_at !== null && { statsResetAt: server.stats_reset_at }),
    available: { indexUsage: counted, tableScans: counted, indexSizes: true },
    tables: (tables.rows as unknown as TableStatsRow[]).map((r) => mapTable(r, server.version, counted)),
    indexes: (indexes.rows as unknown as IndexStatsRow[]).map((r) => mapIndex(r, counted)),
    sequences: (sequences.rows as unknown as SequenceStatsRow[]).map(mapSequence),
  };
}

/**
 * `readLiveStats` on a session of its own (a connection opened for the read), first bounded by
 * `LIVE_STATS_LIMITS`. Session settings, not SET LOCAL: the read is several statements outside a transaction,
 * and they end with the connection.
 */
export async function readLiveStatsLimited(
  query: QueryFn,
  options: LiveStatsOptions = {},
): Promise<LiveStats> {
  await query(`SET statement_timeout = ${LIVE_STATS_LIMITS.statementMs}`);
  await query(`SET lock_timeout = ${LIVE_STATS_LIMITS.lockMs}`);
  return readLiveStats(query, options);
}
