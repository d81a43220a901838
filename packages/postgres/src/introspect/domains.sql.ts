import { collationName, commentJoin, notExtensionMember, userSchema } from './fragments.sql.ts';

export interface DomainRow {
  readonly schema: string;
  readonly name: string;
  readonly type: string;
  readonly not_null: boolean;
  readonly default_expr: string | null;
  readonly collation: string | null;
  readonly comment: string | null;
}

/**
 * Domains; their CHECK constraints come from the constraints query. The default is decompiled from
 * `typdefaultbin` rather than read from `typdefault`, whose text was fixed with the search_path of the session
 * that created the domain (so it may lack schema qualification).
 */
export const domainsQuery = `
SELECT n.nspname::text AS schema, t.typname::text AS name,
  pg_catalog.format_type(t.typbasetype, t.typtypmod) AS type,
  t.typnotnull AS not_null,
  pg_catalog.pg_get_expr(t.typdefaultbin, 0) AS default_expr,
  CASE WHEN t.typcollation <> bt.typcollation THEN ${collationName('t.typcollation')} END AS collation,
  d.description AS comment
FROM pg_catalog.pg_type t
-- the domain's schema
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
-- the base type: a collation equal to its default one was not written explicitly
JOIN pg_catalog.pg_type bt ON bt.oid = t.typbasetype
-- COMMENT ON DOMAIN
${commentJoin('d', 'pg_type', 't.oid')}
WHERE t.typtype = 'd'
  AND ${userSchema('n')}
  AND ${notExtensionMember('pg_type', 't.oid')}`;
