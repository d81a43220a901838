import { commentJoin, notExtensionMember, userSchema } from './fragments.sql.ts';

export interface CompositeTypeRow {
  readonly schema: string;
  readonly name: string;
  readonly comment: string | null;
}

/** Free-standing composite types; their attributes come from the columns query (relkind `c`). */
export const compositeTypesQuery = `
SELECT n.nspname::text AS schema, t.typname::text AS name, d.description AS comment
FROM pg_catalog.pg_type t
-- the type's schema
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
-- the class holding the attributes; relkind 'c' keeps out the row types of tables, views and sequences
JOIN pg_catalog.pg_class c ON c.oid = t.typrelid AND c.relkind = 'c'
-- COMMENT ON TYPE
${commentJoin('d', 'pg_type', 't.oid')}
WHERE t.typtype = 'c'
  AND ${userSchema('n')}
  AND ${notExtensionMember('pg_type', 't.oid')}`;
