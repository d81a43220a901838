import type { ServerFeatures } from '../introspect/features.ts';
import type { QueryFn, Row } from '../query.ts';
import { type IndexKey, indexKey } from './indexes.sql.ts';
import { numberOf, textOf } from './values.ts';

/** Rows read per index, for indexes the server counted; an index it lists nowhere was not read. */
export type IndexUsage = ReadonlyMap<IndexKey, number>;

/**
 * MariaDB counts per index only with `userstat` on (off by default); INDEX_STATISTICS then lists the indexes
 * read since it was turned on or flushed, and leaves the others out.
 */
async function mariadbUsage(query: QueryFn, database: string): Promise<IndexUsage | undefined> {
  const [setting] = await query('SELECT @@GLOBAL.userstat AS userstat');
  if (numberOf(setting?.userstat) !== 1) return undefined;
  const rows = await query(
    `SELECT TABLE_NAME AS table_name, INDEX_NAME AS index_name, ROWS_READ AS rows_read
     FROM information_schema.INDEX_STATISTICS WHERE TABLE_SCHEMA = ?`,
    [database],
  );
  return usageMap(rows);
}

/**
 * performance_schema counts index reads (what MySQL 8's sys.schema_unused_indexes reads; MariaDB has it too,
 * off by default) if it is on and the table I/O instrument and the global consumer are enabled: otherwise
 * every count would read 0.
 */
async function performanceSchemaUsage(query: QueryFn, database: string): Promise<IndexUsage | undefined> {
  const [setting] = await query(
    `SELECT @@GLOBAL.performance_schema AS on_,
       (SELECT ENABLED FROM performance_schema.setup_instruments
         WHERE NAME = 'wait/io/table/sql/handler') AS instrument,
       (SELECT ENABLED FROM performance_schema.setup_consumers
         WHERE NAME = 'global_instrumentation') AS consumer`,
  );
  if (numberOf(setting?.on_) !== 1 || setting?.instrument !== 'YES' || setting?.consumer !== 'YES') {
    return undefined;
  }
  const rows = await query(
    `SELECT OBJECT_NAME AS table_name, INDEX_NAME AS index_name, COUNT_READ AS rows_read
     FROM performance_schema.table_io_waits_summary_by_index_usage
     WHERE OBJECT_SCHEMA = ? AND INDEX_NAME IS NOT NULL`,
    [database],
  );
  return usageMap(rows);
}

function usageMap(rows: readonly Row[]): IndexUsage {
  return new Map(
    rows.map((r) => [indexKey(textOf(r.table_name), textOf(r.index_name)), numberOf(r.rows_read)]),
  );
}

/**
 * Per-index read counts where the server keeps them, `undefined` where it does not or will not show them
 * (a missing view or privilege is an answer here, not a failure).
 */
export async function readIndexUsage(
  query: QueryFn,
  database: string,
  features: ServerFeatures,
): Promise<IndexUsage | undefined> {
  try {
    const fromUserstat = features.mariadb ? await mariadbUsage(query, database) : undefined;
    return fromUserstat ?? (await performanceSchemaUsage(query, database));
  } catch {
    return undefined;
  }
}
