import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { SchemaModel } from '@schema-studio/schema';
import { serializeModel } from '@schema-studio/schema';
import { afterAll, describe, expect, it } from 'vitest';
import type { QueryFn } from '../query.ts';
import { createTempDatabase } from '../testing/server.ts';
import { introspectPostgres } from './index.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const fixturesDir = path.resolve(repoRoot, '../shared/fixtures/postgres');
const fixtures = existsSync(fixturesDir)
  ? readdirSync(fixturesDir).filter((name) => existsSync(path.join(fixturesDir, name, 'schema.sql')))
  : [];

/**
 * Counts straight from the catalog, written independently of the introspection queries (pg_tables,
 * pg_indexes, pg_views, pg_matviews, information_schema where it fits), each limited to user schemas and to
 * objects that are not extension members, and excluding what the model deliberately leaves out (constraint
 * and index clones on partitions, internal triggers).
 */
const USER = `NOT IN ('pg_catalog', 'information_schema', 'pg_toast')`;
const NOT_EXT = (catalog: string, oid: string) =>
  `${oid} NOT IN (SELECT objid FROM pg_depend WHERE deptype = 'e' AND classid = '${catalog}'::regclass)`;

const COUNTS = {
  tables: `SELECT count(*) FROM pg_tables WHERE schemaname ${USER}`,
  columns: `SELECT count(*) FROM information_schema.columns c
    JOIN information_schema.tables t USING (table_schema, table_name)
    WHERE t.table_type = 'BASE TABLE' AND c.table_schema ${USER}`,
  primaryKeys: `SELECT count(*) FROM pg_constraint k JOIN pg_namespace n ON n.oid = k.connamespace
    WHERE k.contype = 'p' AND k.conparentid = 0 AND n.nspname ${USER}`,
  foreignKeys: `SELECT count(*) FROM pg_constraint k JOIN pg_namespace n ON n.oid = k.connamespace
    WHERE k.contype = 'f' AND k.conparentid = 0 AND n.nspname ${USER}`,
  uniques: `SELECT count(*) FROM pg_constraint k JOIN pg_namespace n ON n.oid = k.connamespace
    WHERE k.contype = 'u' AND k.conparentid = 0 AND n.nspname ${USER}`,
  checks: `SELECT count(*) FROM pg_constraint k JOIN pg_namespace n ON n.oid = k.connamespace
    WHERE k.contype = 'c' AND k.conrelid <> 0 AND k.conislocal AND n.nspname ${USER}`,
  indexes: `SELECT count(*) FROM pg_indexes x
    WHERE x.schemaname ${USER}
      AND format('%I.%I', x.schemaname, x.indexname)::regclass NOT IN (
        SELECT conindid FROM pg_constraint WHERE contype IN ('p', 'u', 'x'))
      AND format('%I.%I', x.schemaname, x.indexname)::regclass NOT IN (SELECT inhrelid FROM pg_inherits)`,
  views: `SELECT (SELECT count(*) FROM pg_views WHERE schemaname ${USER})
    + (SELECT count(*) FROM pg_matviews WHERE schemaname ${USER})`,
  enums: `SELECT count(*) FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE t.typtype = 'e' AND n.nspname ${USER} AND ${NOT_EXT('pg_type', 't.oid')}`,
  functions: `SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE n.nspname ${USER} AND ${NOT_EXT('pg_proc', 'p.oid')}`,
  triggers: `SELECT count(*) FROM pg_trigger t
    WHERE NOT t.tgisinternal AND t.tgparentid = 0
      AND t.tgrelid::regclass::text NOT LIKE 'pg\\_%'`,
} as const;

type Counts = Record<keyof typeof COUNTS, number>;

async function catalogCounts(query: QueryFn): Promise<Counts> {
  const counts: Partial<Counts> = {};
  for (const [name, sql] of Object.entries(COUNTS)) {
    const { rows } = await query(`SELECT (${sql})::int AS n`);
    counts[name as keyof Counts] = Number(rows[0]?.n);
  }
  return counts as Counts;
}

function modelCounts(model: SchemaModel): Counts {
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const t = model.tables;
  return {
    tables: t.length,
    columns: sum(t.map((x) => x.columns.length)),
    primaryKeys: t.filter((x) => x.primaryKey).length,
    foreignKeys: sum(t.map((x) => x.foreignKeys.length)),
    uniques: sum(t.map((x) => x.uniques.length)),
    checks: sum(t.map((x) => x.checks.length)),
    indexes: sum([...t, ...model.views].map((x) => x.indexes.length)),
    views: model.views.length,
    enums: model.enums.length,
    functions: model.functions.length,
    triggers: sum([...t, ...model.views].map((x) => x.triggers.length)),
  };
}

/**
 * Empties the PGlite database and resets session settings (fixture scripts set search_path) between fixtures:
 * one instance serves the whole file, as its cold start is slow.
 */
const RESET_PGLITE = `
RESET ALL;
DO $$ DECLARE s text; BEGIN
  FOR s IN SELECT nspname FROM pg_namespace WHERE nspname !~ '^pg_' AND nspname <> 'information_schema' LOOP
    EXECUTE format('DROP SCHEMA %I CASCADE', s);
  END LOOP;
END $$;
CREATE SCHEMA public;
COMMENT ON SCHEMA public IS 'standard public schema';`;

let pglite: PGlite | undefined;

async function introspectInPglite(sql: string): Promise<SchemaModel> {
  pglite ??= new PGlite();
  const db = pglite;
  await db.exec(RESET_PGLITE);
  await db.exec(sql);
  return introspectPostgres((text, params) => db.query(text, params as unknown[] | undefined));
}

afterAll(async () => {
  await pglite?.close();
});

const title =
  fixtures.length > 0
    ? 'introspectPostgres on the shared fixtures'
    : `shared fixtures skipped: ${fixturesDir} is absent (they live beside the repository)`;

describe.skipIf(fixtures.length === 0)(title, () => {
  // A placeholder name keeps the skipped suite non-empty when the fixtures are absent.
  it.each(fixtures.length > 0 ? fixtures : ['(none)'])('%s', { timeout: 20_000 }, async (name) => {
    const sql = readFileSync(path.join(fixturesDir, name, 'schema.sql'), 'utf8');
    const db = await createTempDatabase(`fx_${name}`);
    let model: SchemaModel;
    try {
      await db.exec(sql);
      model = await introspectPostgres(db.query);
      // The fixture scripts set their own search_path; the count queries name catalogs unqualified.
      await db.query("SELECT set_config('search_path', 'pg_catalog', false)");
      const expected = await catalogCounts(db.query);
      expect(modelCounts(model)).toEqual(expected);
      expect(expected.tables).toBeGreaterThan(0);
    } finally {
      await db.drop();
    }
    // PGlite ships no contrib extensions by default (lago needs pgcrypto/unaccent, openstreetmap btree_gist).
    if (!/CREATE EXTENSION/i.test(sql)) {
      expect(serializeModel(await introspectInPglite(sql))).toBe(serializeModel(model));
    }
  });
});
