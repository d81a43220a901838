import type { CatalogFeatures } from './features.ts';
import {
  collationName,
  commentJoin,
  nonDefaultOpclass,
  notExtensionMember,
  userSchema,
} from './fragments.sql.ts';

export interface RangeTypeRow {
  readonly schema: string;
  readonly name: string;
  readonly subtype: string;
  readonly subtype_opclass: string | null;
  readonly collation: string | null;
  readonly canonical: string | null;
  readonly subtype_diff: string | null;
  readonly multirange_schema: string | null;
  readonly multirange_name: string | null;
  readonly comment: string | null;
}

export function rangeTypesQuery(features: CatalogFeatures): string {
  // Multirange types exist from PG 14; before that there is nothing to name.
  const multirange = features.multiranges
    ? `(SELECT mn.nspname::text FROM pg_catalog.pg_type mt
          JOIN pg_catalog.pg_namespace mn ON mn.oid = mt.typnamespace -- the multirange's schema
          WHERE mt.oid = r.rngmultitypid) AS multirange_schema,
       (SELECT mt.typname::text FROM pg_catalog.pg_type mt WHERE mt.oid = r.rngmultitypid) AS multirange_name`
    : 'NULL::text AS multirange_schema, NULL::text AS multirange_name';
  return `
SELECT n.nspname::text AS schema, t.typname::text AS name,
  pg_catalog.format_type(r.rngsubtype, NULL) AS subtype,
  ${nonDefaultOpclass('r.rngsubopc')} AS subtype_opclass,
  CASE WHEN r.rngcollation <> 0 AND r.rngcollation <> st.typcollation THEN ${collationName('r.rngcollation')} END
    AS collation,
  CASE WHEN r.rngcanonical <> 0 THEN r.rngcanonical::regproc::text END AS canonical,
  CASE WHEN r.rngsubdiff <> 0 THEN r.rngsubdiff::regproc::text END AS subtype_diff,
  ${multirange},
  d.description AS comment
FROM pg_catalog.pg_type t
-- the type's schema
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
-- the range's subtype, operator class, collation and support functions
JOIN pg_catalog.pg_range r ON r.rngtypid = t.oid
-- the subtype: a collation equal to its default one was not written explicitly
JOIN pg_catalog.pg_type st ON st.oid = r.rngsubtype
-- COMMENT ON TYPE
${commentJoin('d', 'pg_type', 't.oid')}
WHERE t.typtype = 'r'
  AND ${userSchema('n')}
  AND ${notExtensionMember('pg_type', 't.oid')}`;
}
