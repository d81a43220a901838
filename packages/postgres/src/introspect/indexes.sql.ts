import type { CatalogFeatures } from './features.ts';
import {
  collationName,
  commentJoin,
  nonDefaultOpclass,
  notExtensionMember,
  userSchema,
} from './fragments.sql.ts';

export interface IndexRow {
  readonly schema: string;
  /** The table or materialized view. */
  readonly relation: string;
  readonly name: string;
  readonly unique: boolean;
  readonly method: string;
  readonly keys: readonly IndexKeyRow[];
  readonly include: readonly string[];
  readonly predicate: string | null;
  readonly nulls_not_distinct: boolean;
  readonly options: readonly string[] | null;
  readonly comment: string | null;
}

export interface IndexKeyRow {
  readonly column: string;
  readonly expression: boolean;
  readonly descending: boolean;
  readonly nulls_first: boolean;
  readonly opclass: string | null;
  readonly collation: string | null;
}

/**
 * One JSON object per key column. `indkey` has indnatts entries (keys, then INCLUDE columns); indclass,
 * indcollation and indoption have indnkeyatts entries, so ROWS FROM pads them with NULL for the
 * INCLUDE part, which is filtered out here. indoption bit 0 is DESC, bit 1 NULLS FIRST.
 */
const keys = `(
  SELECT pg_catalog.json_agg(pg_catalog.json_build_object(
      'column', CASE WHEN k.attnum <> 0 THEN ta.attname::text
                     ELSE pg_catalog.pg_get_indexdef(i.indexrelid, k.ord::int, true) END,
      'expression', k.attnum = 0,
      'descending', (k.opt & 1) <> 0,
      'nulls_first', (k.opt & 2) <> 0,
      'opclass', ${nonDefaultOpclass('k.opclass')},
      'collation', CASE WHEN k.coll <> 0 AND k.coll <> COALESCE(ta.attcollation, it.typcollation)
                        THEN ${collationName('k.coll')} END)
    ORDER BY k.ord)
  FROM ROWS FROM (pg_catalog.unnest(i.indkey::int2[]), pg_catalog.unnest(i.indoption::int2[]),
                  pg_catalog.unnest(i.indclass::oid[]), pg_catalog.unnest(i.indcollation::oid[]))
    WITH ORDINALITY AS k(attnum, opt, opclass, coll, ord)
  -- the table column of a plain key (NULL for an expression), for its name and collation
  LEFT JOIN pg_catalog.pg_attribute ta ON k.attnum <> 0 AND ta.attrelid = i.indrelid AND ta.attnum = k.attnum
  -- the index's own attribute: the type of an expression key, whose default collation an explicit one differs from
  LEFT JOIN pg_catalog.pg_attribute ia ON ia.attrelid = i.indexrelid AND ia.attnum = k.ord
  LEFT JOIN pg_catalog.pg_type it ON it.oid = ia.atttypid
  WHERE k.ord <= i.indnkeyatts)`;

const include = `ARRAY(
  SELECT a.attname::text
  FROM pg_catalog.unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
  JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum -- attnum -> name
  WHERE k.ord > i.indnkeyatts
  ORDER BY k.ord)`;

/**
 * Indexes of tables and materialized views that stand on their own. Left out: indexes backing a PK, UNIQUE or
 * EXCLUDE constraint (the constraint describes them; an FK's conindid points at the *referenced* table's index,
 * hence the conrelid test), and index partitions attached to a partitioned parent index (the parent's).
 */
export function indexesQuery(features: CatalogFeatures): string {
  const nullsNotDistinct = features.nullsNotDistinct ? 'i.indnullsnotdistinct' : 'false';
  return `
SELECT n.nspname::text AS schema, c.relname::text AS relation, ic.relname::text AS name,
  i.indisunique AS unique, am.amname::text AS method,
  ${keys} AS keys,
  ${include} AS include,
  pg_catalog.pg_get_expr(i.indpred, i.indrelid) AS predicate,
  ${nullsNotDistinct} AS nulls_not_distinct,
  ic.reloptions::text[] AS options,
  d.description AS comment
FROM pg_catalog.pg_index i
-- the index relation: name, access method, storage options
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
-- the indexed table or materialized view, and its schema
JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
-- the access method's name
JOIN pg_catalog.pg_am am ON am.oid = ic.relam
-- COMMENT ON INDEX
${commentJoin('d', 'pg_class', 'ic.oid')}
WHERE c.relkind IN ('r', 'p', 'm')
  AND ${userSchema('n')}
  AND ${notExtensionMember('pg_class', 'c.oid')}
  AND NOT EXISTS (
    SELECT FROM pg_catalog.pg_constraint k
    WHERE k.conindid = i.indexrelid AND k.conrelid = i.indrelid AND k.contype IN ('p', 'u', 'x'))
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_inherits ih WHERE ih.inhrelid = i.indexrelid)`;
}
