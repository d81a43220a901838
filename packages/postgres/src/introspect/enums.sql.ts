import { commentJoin, notExtensionMember, userSchema } from './fragments.sql.ts';

export interface EnumRow {
  readonly schema: string;
  readonly name: string;
  readonly labels: readonly string[];
  readonly comment: string | null;
}

export const enumsQuery = `
SELECT n.nspname::text AS schema, t.typname::text AS name,
  ARRAY(SELECT e.enumlabel::text FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder)
    AS labels,
  d.description AS comment
FROM pg_catalog.pg_type t
-- the type's schema
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
-- COMMENT ON TYPE
${commentJoin('d', 'pg_type', 't.oid')}
WHERE t.typtype = 'e'
  AND ${userSchema('n')}
  AND ${notExtensionMember('pg_type', 't.oid')}`;
