import { commentJoin, notExtensionMember, userSchema } from './fragments.sql.ts';

export interface ViewRow {
  readonly schema: string;
  readonly name: string;
  readonly materialized: boolean;
  readonly definition: string;
  readonly populated: boolean;
  readonly options: readonly string[] | null;
  readonly comment: string | null;
}

/** Views and materialized views; columns, indexes, triggers and dependencies come separately. */
export const viewsQuery = `
SELECT n.nspname::text AS schema, c.relname::text AS name,
  c.relkind = 'm' AS materialized,
  pg_catalog.pg_get_viewdef(c.oid, true) AS definition,
  c.relispopulated AS populated,
  c.reloptions::text[] AS options,
  d.description AS comment
FROM pg_catalog.pg_class c
-- the view's schema
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
-- COMMENT ON VIEW / MATERIALIZED VIEW
${commentJoin('d', 'pg_class', 'c.oid')}
WHERE c.relkind IN ('v', 'm')
  AND ${userSchema('n')}
  AND ${notExtensionMember('pg_class', 'c.oid')}`;
