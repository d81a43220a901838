import { notExtensionMember, userSchema } from '../introspect/fragments.sql.ts';

export interface TableStatsRow {
  readonly schema: string;
  readonly table: string;
  readonly reltuples: number;
  readonly relpages: number;
  readonly table_bytes: number;
  readonly index_bytes: number;
  readonly seq_scan: number | null;
  readonly seq_tup_read: number | null;
  readonly idx_scan: number | null;
}

/**
 * Tables and partitioned tables (the relations the model calls tables). Sizes come from the file system through
 * the size functions, row counts from the planner's estimate: nothing reads a row. Counters are `float8` so
 * every driver returns numbers (bigint would come back as text).
 */
export const tableStatsQuery = `
SELECT n.nspname::text AS schema, c.relname::text AS table,
  c.reltuples::float8 AS reltuples, c.relpages::float8 AS relpages,
  -- pg_table_size counts heap, TOAST and the free-space and visibility maps: with pg_indexes_size it makes
  -- pg_total_relation_size exactly
  pg_catalog.pg_table_size(c.oid)::float8 AS table_bytes,
  pg_catalog.pg_indexes_size(c.oid)::float8 AS index_bytes,
  s.seq_scan::float8 AS seq_scan, s.seq_tup_read::float8 AS seq_tup_read, s.idx_scan::float8 AS idx_scan
FROM pg_catalog.pg_class c
-- the table's schema
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
-- scan counters; partitioned parents have no row here (their partitions are scanned)
LEFT JOIN pg_catalog.pg_stat_user_tables s ON s.relid = c.oid
WHERE c.relkind IN ('r', 'p')
  AND ${userSchema('n')}
  AND ${notExtensionMember('pg_class', 'c.oid')}
ORDER BY n.nspname COLLATE "C", c.relname COLLATE "C"`;
