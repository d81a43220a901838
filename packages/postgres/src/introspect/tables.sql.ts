import { commentJoin, notExtensionMember, userSchema } from './fragments.sql.ts';

export interface TableRow {
  readonly schema: string;
  readonly name: string;
  readonly partition_by: string | null;
  readonly parent_schema: string | null;
  readonly parent_table: string | null;
  readonly partition_bound: string | null;
  readonly unlogged: boolean;
  readonly row_security: boolean;
  readonly force_row_security: boolean;
  /** `d` default, `n` nothing, `f` full, `i` index. */
  readonly replica_identity: string;
  readonly replica_identity_index: string | null;
  readonly options: readonly string[] | null;
  readonly comment: string | null;
}

/** Ordinary and partitioned tables; columns, constraints, indexes, triggers and policies come separately. */
export const tablesQuery = `
SELECT n.nspname::text AS schema, c.relname::text AS name,
  CASE WHEN c.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(c.oid) END AS partition_by,
  pn.nspname::text AS parent_schema, pc.relname::text AS parent_table,
  CASE WHEN c.relispartition THEN pg_catalog.pg_get_expr(c.relpartbound, c.oid) END AS partition_bound,
  c.relpersistence = 'u' AS unlogged,
  c.relrowsecurity AS row_security, c.relforcerowsecurity AS force_row_security,
  c.relreplident::text AS replica_identity, ri.relname::text AS replica_identity_index,
  c.reloptions::text[] AS options,
  d.description AS comment
FROM pg_catalog.pg_class c
-- the table's schema
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
-- a partition's parent: a partition has exactly one pg_inherits row
LEFT JOIN pg_catalog.pg_inherits i ON c.relispartition AND i.inhrelid = c.oid
LEFT JOIN pg_catalog.pg_class pc ON pc.oid = i.inhparent
LEFT JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace
-- the index named by REPLICA IDENTITY USING INDEX
LEFT JOIN pg_catalog.pg_index rix ON c.relreplident = 'i' AND rix.indrelid = c.oid AND rix.indisreplident
LEFT JOIN pg_catalog.pg_class ri ON ri.oid = rix.indexrelid
-- COMMENT ON TABLE
${commentJoin('d', 'pg_class', 'c.oid')}
WHERE c.relkind IN ('r', 'p')
  AND ${userSchema('n')}
  AND ${notExtensionMember('pg_class', 'c.oid')}`;
