import type { QueryFn } from '../src/query.ts';

/**
 * An independent description of a database's schema, straight from PostgreSQL's own renderers
 * (`format_type`, `pg_get_constraintdef`, `pg_get_indexdef`, `pg_get_viewdef`, `pg_get_functiondef`,
 * `pg_get_triggerdef`). It shares no code with the introspector, so comparing two fingerprints checks a
 * migration's result without trusting the model it was planned from.
 */
const FINGERPRINT_SQL = `
WITH user_ns AS (
  SELECT oid, nspname FROM pg_namespace
  WHERE nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND nspname NOT LIKE 'pg_temp_%'
    AND nspname NOT LIKE 'pg_toast_temp_%'
),
ext_member AS (SELECT objid FROM pg_depend WHERE deptype = 'e')
SELECT 'relation ' || n.nspname || '.' || c.relname || ' ' || c.relkind::text || ' ' || c.relpersistence::text AS line
  FROM pg_class c JOIN user_ns n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'c', 'f') AND c.oid NOT IN (SELECT objid FROM ext_member)
UNION ALL
SELECT 'column ' || n.nspname || '.' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
       || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
       || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '')
       || CASE WHEN a.attidentity <> '' THEN ' identity ' || a.attidentity::text ELSE '' END
       || ' #' || a.attnum
  FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN user_ns n ON n.oid = c.relnamespace
  LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
  WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm', 'c', 'f')
    AND c.oid NOT IN (SELECT objid FROM ext_member)
UNION ALL
SELECT 'constraint ' || n.nspname || '.' || coalesce(c.relname, t.typname) || '.' || con.conname || ' '
       || pg_get_constraintdef(con.oid)
  FROM pg_constraint con JOIN user_ns n ON n.oid = con.connamespace
  LEFT JOIN pg_class c ON c.oid = con.conrelid LEFT JOIN pg_type t ON t.oid = con.contypid
  WHERE con.contype <> 'n'
UNION ALL
SELECT 'index ' || pg_get_indexdef(i.indexrelid)
  FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN user_ns n ON n.oid = c.relnamespace
UNION ALL
SELECT 'view ' || n.nspname || '.' || c.relname || ' ' || pg_get_viewdef(c.oid)
  FROM pg_class c JOIN user_ns n ON n.oid = c.relnamespace WHERE c.relkind IN ('v', 'm')
UNION ALL
SELECT 'routine ' || pg_get_functiondef(p.oid)
  FROM pg_proc p JOIN user_ns n ON n.oid = p.pronamespace
  WHERE p.prokind IN ('f', 'p') AND p.oid NOT IN (SELECT objid FROM ext_member)
UNION ALL
SELECT 'trigger ' || pg_get_triggerdef(t.oid)
  FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN user_ns n ON n.oid = c.relnamespace
  WHERE NOT t.tgisinternal
UNION ALL
SELECT 'enum ' || n.nspname || '.' || t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)
  FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid JOIN user_ns n ON n.oid = t.typnamespace
  GROUP BY n.nspname, t.typname
UNION ALL
SELECT 'domain ' || n.nspname || '.' || t.typname || ' ' || format_type(t.typbasetype, t.typtypmod)
       || CASE WHEN t.typnotnull THEN ' not null' ELSE '' END || coalesce(' default ' || t.typdefault, '')
  FROM pg_type t JOIN user_ns n ON n.oid = t.typnamespace WHERE t.typtype = 'd'
UNION ALL
SELECT 'sequence ' || n.nspname || '.' || c.relname || ' ' || format_type(s.seqtypid, NULL) || ' ' || s.seqstart
       || ' ' || s.seqincrement || ' ' || s.seqmin || ' ' || s.seqmax || ' ' || s.seqcache || ' ' || s.seqcycle::text
  FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid JOIN user_ns n ON n.oid = c.relnamespace
UNION ALL
SELECT 'comment ' || d.objoid::regclass::text || ' ' || d.objsubid || ' ' || d.description
  FROM pg_description d WHERE d.classoid = 'pg_class'::regclass AND
  d.objoid IN (SELECT c.oid FROM pg_class c JOIN user_ns n ON n.oid = c.relnamespace)
UNION ALL
SELECT 'schema ' || nspname FROM user_ns
ORDER BY 1`;

/** Sorted lines describing every user object of the database. */
export async function catalogFingerprint(query: QueryFn): Promise<string[]> {
  await query("SELECT set_config('search_path', '', false)");
  const { rows } = await query(FINGERPRINT_SQL);
  return rows.map((r) => String(r.line));
}
