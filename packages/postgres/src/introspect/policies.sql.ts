import { commentJoin, notExtensionMember, userSchema } from './fragments.sql.ts';

export interface PolicyRow {
  readonly schema: string;
  readonly relation: string;
  readonly name: string;
  readonly permissive: boolean;
  /** `*` all, `r` select, `a` insert, `w` update, `d` delete. */
  readonly command: string;
  readonly roles: readonly string[];
  readonly using_expr: string | null;
  readonly with_check: string | null;
  readonly comment: string | null;
}

/** Row-level security policies. Role oid 0 stands for PUBLIC; role names are sorted byte-wise. */
export const policiesQuery = `
SELECT n.nspname::text AS schema, c.relname::text AS relation, p.polname::text AS name,
  p.polpermissive AS permissive, p.polcmd::text AS command,
  ARRAY(
    SELECT r.role
    FROM (SELECT CASE WHEN o.oid = 0 THEN 'public' ELSE pg_catalog.pg_get_userbyid(o.oid)::text END AS role
          FROM pg_catalog.unnest(p.polroles) AS o(oid)) AS r
    ORDER BY r.role COLLATE "C") AS roles,
  pg_catalog.pg_get_expr(p.polqual, p.polrelid) AS using_expr,
  pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid) AS with_check,
  d.description AS comment
FROM pg_catalog.pg_policy p
-- the table the policy is on, and its schema
JOIN pg_catalog.pg_class c ON c.oid = p.polrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
-- COMMENT ON POLICY
${commentJoin('d', 'pg_policy', 'p.oid')}
WHERE ${userSchema('n')}
  AND ${notExtensionMember('pg_class', 'c.oid')}`;
