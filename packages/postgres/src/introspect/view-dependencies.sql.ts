import { notExtensionMember, userSchema } from './fragments.sql.ts';

export interface ViewDependencyRow {
  readonly schema: string;
  readonly view: string;
  readonly ref_schema: string;
  readonly ref_name: string;
  /** Identity arguments when the referenced object is a routine; NULL for a relation. */
  readonly ref_args: string | null;
}

/**
 * What each view reads: the objects its rewrite rule (`_RETURN`) depends on. Only relations (tables, views,
 * materialized views) and routines of user schemas that are not extension members, i.e. objects of the model.
 * Column-level entries collapse into one row per object (DISTINCT).
 */
export const viewDependenciesQuery = `
SELECT DISTINCT n.nspname::text AS schema, v.relname::text AS view,
  rn.nspname::text AS ref_schema, COALESCE(rc.relname, rp.proname)::text AS ref_name,
  CASE WHEN rp.oid IS NOT NULL THEN pg_catalog.pg_get_function_identity_arguments(rp.oid) END AS ref_args
FROM pg_catalog.pg_rewrite r
-- the view the rule belongs to, and its schema
JOIN pg_catalog.pg_class v ON v.oid = r.ev_class
JOIN pg_catalog.pg_namespace n ON n.oid = v.relnamespace
-- the rule's dependencies
JOIN pg_catalog.pg_depend dep ON dep.classid = 'pg_catalog.pg_rewrite'::regclass AND dep.objid = r.oid
-- a referenced relation ...
LEFT JOIN pg_catalog.pg_class rc
  ON dep.refclassid = 'pg_catalog.pg_class'::regclass AND rc.oid = dep.refobjid AND rc.relkind IN ('r', 'p', 'v', 'm')
-- ... or a referenced routine
LEFT JOIN pg_catalog.pg_proc rp ON dep.refclassid = 'pg_catalog.pg_proc'::regclass AND rp.oid = dep.refobjid
-- the referenced object's schema
JOIN pg_catalog.pg_namespace rn ON rn.oid = COALESCE(rc.relnamespace, rp.pronamespace)
WHERE v.relkind IN ('v', 'm')
  AND dep.refobjid <> v.oid
  AND ${userSchema('n')}
  AND ${notExtensionMember('pg_class', 'v.oid')}
  AND rn.nspname !~ '^pg_' AND rn.nspname <> 'information_schema'
  AND (rc.oid IS NULL OR ${notExtensionMember('pg_class', 'rc.oid')})
  AND (rp.oid IS NULL OR ${notExtensionMember('pg_proc', 'rp.oid')})`;
