import { commentJoin, notExtensionMember, userSchema } from './fragments.sql.ts';

export interface SchemaRow {
  readonly name: string;
  readonly comment: string | null;
}

export const schemasQuery = `
SELECT n.nspname::text AS name, d.description AS comment
FROM pg_catalog.pg_namespace n
-- COMMENT ON SCHEMA
${commentJoin('d', 'pg_namespace', 'n.oid')}
WHERE ${userSchema('n')}
  AND ${notExtensionMember('pg_namespace', 'n.oid')}`;
