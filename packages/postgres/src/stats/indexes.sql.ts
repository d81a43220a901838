import { notExtensionMember, userSchema } from '../introspect/fragments.sql.ts';
import { isoUtc } from './server.sql.ts';

export interface IndexStatsRow {
  readonly schema: string;
  readonly table: string;
  readonly index: string;
  readonly bytes: number;
  readonly valid: boolean;
  readonly unique: boolean;
  readonly primary: boolean;
  readonly scans: number | null;
  readonly rows_read: number | null;
  readonly last_scan_at?: string | null;
}

/** Every index of a table the model has, constraint-backed ones too (they carry the constraint's name). */
export function indexStatsQuery(lastScanColumn: boolean): string {
  const lastScan = lastScanColumn ? `, ${isoUtc('s.last_idx_scan')} AS last_scan_at` : '';
  return `
SELECT n.nspname::text AS schema, t.relname::text AS table, ic.relname::text AS index,
  pg_catalog.pg_relation_size(i.indexrelid)::float8 AS bytes,
  i.indisvalid AS valid, i.indisunique AS unique, i.indisprimary AS primary,
  s.idx_scan::float8 AS scans, s.idx_tup_read::float8 AS rows_read${lastScan}
FROM pg_catalog.pg_index i
-- the index relation (its name) and the table it belongs to
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
JOIN pg_catalog.pg_class t ON t.oid = i.indrelid
-- the table's schema, which the index shares
JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
-- usage counters; an index of a partitioned parent has none (its partitions' indexes are scanned)
LEFT JOIN pg_catalog.pg_stat_user_indexes s ON s.indexrelid = i.indexrelid
WHERE t.relkind IN ('r', 'p')
  AND ${userSchema('n')}
  AND ${notExtensionMember('pg_class', 't.oid')}
ORDER BY n.nspname COLLATE "C", t.relname COLLATE "C", ic.relname COLLATE "C"`;
}
