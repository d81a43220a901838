import type { CatalogFeatures } from './features.ts';
import { commentJoin, notExtensionMember, userSchema } from './fragments.sql.ts';

export interface ConstraintRow {
  readonly schema: string;
  /** The table or domain the constraint belongs to. */
  readonly owner: string;
  readonly owner_kind: 'table' | 'domain';
  readonly name: string;
  /** `p` primary key, `f` foreign key, `u` unique, `c` check, `x` exclusion. */
  readonly type: string;
  readonly columns: readonly string[];
  readonly ref_schema: string | null;
  readonly ref_table: string | null;
  readonly ref_columns: readonly string[];
  readonly on_update: string;
  readonly on_delete: string;
  readonly match: string;
  readonly deferrable: boolean;
  readonly initially_deferred: boolean;
  readonly validated: boolean;
  readonly no_inherit: boolean;
  readonly nulls_not_distinct: boolean;
  /** Set for checks and exclusions only. */
  readonly definition: string | null;
  readonly comment: string | null;
}

/** Attribute names of `keys` (an int2[] of attnums of `relid`), in array order. */
function attributeNames(keys: string, relid: string): string {
  return `ARRAY(
    SELECT a.attname::text
    FROM pg_catalog.unnest(${keys}) WITH ORDINALITY AS k(attnum, ord)
    JOIN pg_catalog.pg_attribute a ON a.attrelid = ${relid} AND a.attnum = k.attnum -- key attnum -> name
    ORDER BY k.ord)`;
}

/**
 * Table constraints (PK, FK, unique, check, exclusion) and domain checks, for the whole database at once.
 * Left out: NOT NULL constraints (`n`, PG 18; nullability comes from attnotnull), constraint triggers (`t`,
 * read as triggers), and anything inherited: the clones PostgreSQL creates on partitions (`conparentid` set)
 * and checks a child inherits (`NOT conislocal`). Those are the parent's, and replaying the parent recreates them.
 */
export function constraintsQuery(features: CatalogFeatures): string {
  // NULLS NOT DISTINCT (PG 15+) is a property of the unique index behind the constraint.
  const nullsNotDistinct = features.nullsNotDistinct
    ? `COALESCE((SELECT ix.indnullsnotdistinct FROM pg_catalog.pg_index ix
                  WHERE con.contype = 'u' AND ix.indexrelid = con.conindid), false)`
    : 'false';
  return `
SELECT n.nspname::text AS schema,
  COALESCE(c.relname, t.typname)::text AS owner,
  CASE WHEN con.conrelid <> 0 THEN 'table' ELSE 'domain' END AS owner_kind,
  con.conname::text AS name, con.contype::text AS type,
  ${attributeNames('con.conkey', 'con.conrelid')} AS columns,
  rn.nspname::text AS ref_schema, rc.relname::text AS ref_table,
  ${attributeNames('con.confkey', 'con.confrelid')} AS ref_columns,
  con.confupdtype::text AS on_update, con.confdeltype::text AS on_delete, con.confmatchtype::text AS match,
  con.condeferrable AS deferrable, con.condeferred AS initially_deferred,
  con.convalidated AS validated, con.connoinherit AS no_inherit,
  ${nullsNotDistinct} AS nulls_not_distinct,
  -- rendered only where the model keeps text (checks, exclusions): pg_get_constraintdef is the costliest call
  CASE WHEN con.contype IN ('c', 'x') THEN pg_catalog.pg_get_constraintdef(con.oid) END AS definition,
  d.description AS comment
FROM pg_catalog.pg_constraint con
-- the constrained table (table constraints) ...
LEFT JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
-- ... or the constrained domain (domain constraints)
LEFT JOIN pg_catalog.pg_type t ON t.oid = con.contypid
-- the owner's schema
JOIN pg_catalog.pg_namespace n ON n.oid = COALESCE(c.relnamespace, t.typnamespace)
-- a foreign key's referenced table and its schema
LEFT JOIN pg_catalog.pg_class rc ON rc.oid = con.confrelid
LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
-- COMMENT ON CONSTRAINT
${commentJoin('d', 'pg_constraint', 'con.oid')}
WHERE con.contype IN ('p', 'f', 'u', 'c', 'x')
  AND (c.relkind IN ('r', 'p') OR t.typtype = 'd')
  AND con.conparentid = 0 AND con.conislocal
  AND ${userSchema('n')}
  AND (c.oid IS NULL OR ${notExtensionMember('pg_class', 'c.oid')})
  AND (t.oid IS NULL OR ${notExtensionMember('pg_type', 't.oid')})`;
}
