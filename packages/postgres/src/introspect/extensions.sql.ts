export interface ExtensionRow {
  readonly name: string;
  readonly schema: string;
}

/**
 * Installed extensions. `plpgsql` is left out: every database gets it from template1, so it is part of the
 * engine rather than of a design. Comments are not read: each extension brings a default one from its control
 * file. The schema filter applies to the schema the extension was installed into.
 */
export const extensionsQuery = `
SELECT e.extname::text AS name, n.nspname::text AS schema
FROM pg_catalog.pg_extension e
-- the schema the extension's objects were created in
JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
WHERE e.extname <> 'plpgsql'
  AND ($1::text[] IS NULL OR n.nspname = ANY ($1::text[]))`;
