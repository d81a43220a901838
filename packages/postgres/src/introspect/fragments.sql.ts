/**
 * SQL fragments shared by the catalog queries. Every query takes one parameter, `$1 text[]`: the schemas to
 * introspect, or NULL for all user schemas.
 */

/**
 * A user schema, restricted to `$1` when given. Names starting with `pg_` are reserved for the system
 * (pg_catalog, pg_toast, pg_temp_N, pg_toast_temp_N): CREATE SCHEMA refuses them.
 */
export function userSchema(nsp: string): string {
  return `${nsp}.nspname !~ '^pg_' AND ${nsp}.nspname <> 'information_schema'
    AND ($1::text[] IS NULL OR ${nsp}.nspname = ANY ($1::text[]))`;
}

/** The object is not a member of an extension (those come with `CREATE EXTENSION`, not with the design). */
export function notExtensionMember(catalog: string, oid: string): string {
  return `NOT EXISTS (
      SELECT FROM pg_catalog.pg_depend ext
      WHERE ext.classid = 'pg_catalog.${catalog}'::regclass AND ext.objid = ${oid} AND ext.deptype = 'e')`;
}

/** LEFT JOIN of the comment (`COMMENT ON ...`) of an object (`subid` 0) or of a column (`subid` = attnum). */
export function commentJoin(alias: string, catalog: string, oid: string, subid = '0'): string {
  return `LEFT JOIN pg_catalog.pg_description ${alias}
    ON ${alias}.classoid = 'pg_catalog.${catalog}'::regclass AND ${alias}.objoid = ${oid} AND ${alias}.objsubid = ${subid}`;
}

/**
 * A collation as it is written after COLLATE: always schema-qualified, each part quoted when needed
 * (`pg_catalog."C"`, `app.nocase`). NULL for oid 0.
 */
export function collationName(oid: string): string {
  return `(SELECT pg_catalog.quote_ident(cn.nspname) || '.' || pg_catalog.quote_ident(co.collname)
      FROM pg_catalog.pg_collation co
      JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace -- the collation's schema, to qualify it
      WHERE co.oid = ${oid})`;
}

/**
 * An operator class when it is not the default for its type, qualified unless it lives in pg_catalog
 * (which an empty search_path still searches). NULL for the default class.
 */
export function nonDefaultOpclass(oid: string): string {
  // The uncorrelated IN list is hashed once per query; a correlated lookup per index key cost more than the
  // rest of the index query on large schemas.
  return `CASE WHEN ${oid} IN (SELECT ndo.oid FROM pg_catalog.pg_opclass ndo WHERE NOT ndo.opcdefault) THEN
    (SELECT CASE WHEN oc.nspname = 'pg_catalog' THEN '' ELSE pg_catalog.quote_ident(oc.nspname) || '.' END
        || pg_catalog.quote_ident(op.opcname)
      FROM pg_catalog.pg_opclass op
      JOIN pg_catalog.pg_namespace oc ON oc.oid = op.opcnamespace -- the class's schema, to qualify it
      WHERE op.oid = ${oid}) END`;
}
