import { collationName, commentJoin, notExtensionMember, userSchema } from './fragments.sql.ts';

export interface ColumnRow {
  readonly schema: string;
  /** The table, view, materialized view or composite type the column belongs to. */
  readonly relation: string;
  readonly name: string;
  readonly type: string;
  readonly nullable: boolean;
  readonly default_expr: string | null;
  /** `s` stored, `v` virtual (PG 18), '' for an ordinary column. */
  readonly generated_kind: string;
  readonly generated: string | null;
  /** `a` always, `d` by default, '' for a column without identity. */
  readonly identity: string;
  readonly identity_sequence: IdentitySequenceRow | null;
  readonly collation: string | null;
  readonly comment: string | null;
}

export interface IdentitySequenceRow {
  readonly start: string;
  readonly increment: string;
  readonly min: string;
  readonly max: string;
  readonly cache: string;
  readonly cycle: boolean;
}

/**
 * Columns of tables, views, materialized views and composite types, in attnum order per relation.
 * System columns (attnum < 1) and dropped ones are skipped.
 */
export const columnsQuery = `
SELECT n.nspname::text AS schema, c.relname::text AS relation, a.attname::text AS name,
  pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
  NOT a.attnotnull AS nullable,
  CASE WHEN a.attidentity = '' AND a.attgenerated = '' THEN pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) END
    AS default_expr,
  a.attgenerated::text AS generated_kind,
  CASE WHEN a.attgenerated <> '' THEN pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) END AS generated,
  a.attidentity::text AS identity,
  CASE WHEN s.seqrelid IS NOT NULL THEN pg_catalog.json_build_object(
    'start', s.seqstart::text, 'increment', s.seqincrement::text, 'min', s.seqmin::text,
    'max', s.seqmax::text, 'cache', s.seqcache::text, 'cycle', s.seqcycle) END AS identity_sequence,
  CASE WHEN a.attcollation <> t.typcollation THEN ${collationName('a.attcollation')} END AS collation,
  d.description AS comment
FROM pg_catalog.pg_attribute a
-- the relation the column belongs to
JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
-- the relation's schema
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
-- the column's type: a collation equal to the type's default one was not written explicitly
JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
-- the default, or the generation expression of a generated column
LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
-- an identity column's sequence depends internally ('i') on the column ...
LEFT JOIN pg_catalog.pg_depend idn
  ON a.attidentity <> '' AND idn.classid = 'pg_catalog.pg_class'::regclass AND idn.deptype = 'i'
  AND idn.refclassid = 'pg_catalog.pg_class'::regclass AND idn.refobjid = a.attrelid AND idn.refobjsubid = a.attnum
-- ... and carries the identity's parameters
LEFT JOIN pg_catalog.pg_sequence s ON s.seqrelid = idn.objid
-- COMMENT ON COLUMN
${commentJoin('d', 'pg_class', 'a.attrelid', 'a.attnum')}
WHERE c.relkind IN ('r', 'p', 'v', 'm', 'c')
  AND a.attnum > 0 AND NOT a.attisdropped
  AND ${userSchema('n')}
  AND ${notExtensionMember('pg_class', 'c.oid')}
ORDER BY n.nspname, c.relname, a.attnum`;
