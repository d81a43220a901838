import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SchemaModel } from '@schema-studio/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueryFn } from '../query.ts';
import { filesLoadedBy, intoDatabase, runWithClient } from '../testing/mariadb-client.ts';
import { createTempDatabase, type TempDatabase } from '../testing/server.ts';
import { introspectMysql } from './index.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const fixturesDir = path.resolve(repoRoot, '../shared/fixtures/mysql');
const fixtures = existsSync(fixturesDir)
  ? readdirSync(fixturesDir).filter((name) => existsSync(path.join(fixturesDir, name, 'load.sh')))
  : [];

/**
 * Counts written independently of the introspection queries: TABLE_CONSTRAINTS for keys, TABLES for views,
 * distinct STATISTICS names for indexes. MariaDB's JSON alias adds a column check the model folds into the
 * column type, so those are not counted.
 */
const COUNTS = {
  tables: `SELECT count(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE'`,
  views: `SELECT count(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'VIEW'`,
  columns: `SELECT count(*) FROM information_schema.COLUMNS c JOIN information_schema.TABLES t
    ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME
    WHERE c.TABLE_SCHEMA = ? AND t.TABLE_TYPE = 'BASE TABLE'`,
  primaryKeys: `SELECT count(*) FROM information_schema.TABLE_CONSTRAINTS
    WHERE TABLE_SCHEMA = ? AND CONSTRAINT_TYPE = 'PRIMARY KEY'`,
  indexes: `SELECT count(DISTINCT TABLE_NAME, INDEX_NAME) FROM information_schema.STATISTICS
    WHERE TABLE_SCHEMA = ? AND INDEX_NAME <> 'PRIMARY'`,
  foreignKeys: `SELECT count(*) FROM information_schema.TABLE_CONSTRAINTS
    WHERE TABLE_SCHEMA = ? AND CONSTRAINT_TYPE = 'FOREIGN KEY'`,
  checks: `SELECT count(*) FROM information_schema.TABLE_CONSTRAINTS tc
    WHERE tc.TABLE_SCHEMA = ? AND tc.CONSTRAINT_TYPE = 'CHECK' AND NOT EXISTS (
      SELECT 1 FROM information_schema.COLUMNS c WHERE c.TABLE_SCHEMA = tc.TABLE_SCHEMA
        AND c.TABLE_NAME = tc.TABLE_NAME AND c.COLUMN_NAME = tc.CONSTRAINT_NAME AND c.DATA_TYPE = 'longtext'
        AND EXISTS (SELECT 1 FROM information_schema.CHECK_CONSTRAINTS k WHERE k.CONSTRAINT_SCHEMA = tc.TABLE_SCHEMA
          AND k.TABLE_NAME = tc.TABLE_NAME AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
          AND k.CHECK_CLAUSE = concat('json_valid(\`', c.COLUMN_NAME, '\`)')))`,
  triggers: `SELECT count(*) FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = ?`,
  routines: `SELECT count(*) FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = ?`,
} as const;

type Counts = Record<keyof typeof COUNTS, number>;

async function catalogCounts(query: QueryFn, database: string): Promise<Counts> {
  const entries = await Promise.all(
    Object.entries(COUNTS).map(async ([name, sql]) => {
      const [row] = await query(`SELECT (${sql}) AS n`, [database]);
      return [name, Number(row?.n)] as const;
    }),
  );
  return Object.fromEntries(entries) as Counts;
}

function modelCounts(model: SchemaModel): Counts {
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const t = model.tables;
  return {
    tables: t.length,
    views: model.views.length,
    columns: sum(t.map((x) => x.columns.length)),
    primaryKeys: t.filter((x) => x.primaryKey).length,
    indexes: sum(t.map((x) => x.indexes.length + x.uniques.length)),
    foreignKeys: sum(t.map((x) => x.foreignKeys.length)),
    checks: sum(t.map((x) => x.checks.length)),
    triggers: sum(t.map((x) => x.triggers.length)),
    routines: model.functions.length,
  };
}

interface Loaded {
  readonly db: TempDatabase;
  readonly model: SchemaModel;
}

/** Each fixture is loaded once per file, however many blocks read it, and dropped after the file. */
const loaded = new Map<string, Promise<Loaded>>();
afterAll(async () => {
  const all = await Promise.allSettled(loaded.values());
  await Promise.all(all.map((r) => (r.status === 'fulfilled' ? r.value.db.drop() : undefined)));
});

function loadFixture(name: string): Promise<Loaded> {
  let pending = loaded.get(name);
  if (!pending) {
    pending = loadAndIntrospect(name);
    loaded.set(name, pending);
  }
  return pending;
}

async function loadAndIntrospect(name: string): Promise<Loaded> {
  const dir = path.join(fixturesDir, name);
  const files = filesLoadedBy(readFileSync(path.join(dir, 'load.sh'), 'utf8'));
  const db = await createTempDatabase(`fx_${name}`);
  try {
    for (const file of files) {
      await runWithClient(db.url, intoDatabase(readFileSync(path.join(dir, file), 'utf8'), db.name));
    }
    return { db, model: await introspectMysql(db.query, { database: db.name }) };
  } catch (error) {
    await db.drop();
    throw error;
  }
}

describe.skipIf(fixtures.length === 0)('MySQL fixtures (../shared/fixtures/mysql)', () => {
  if (fixtures.length === 0) console.warn(`skipping MySQL fixture tests: ${fixturesDir} is absent`);

  describe.each(fixtures)('%s', (name) => {
    let db: TempDatabase;
    let model: SchemaModel;
    beforeAll(async () => {
      ({ db, model } = await loadFixture(name));
    });

    it('loads and introspects with the counts the catalog has', async () => {
      const counts = modelCounts(model);
      expect(counts.tables).toBeGreaterThan(0);
      expect(counts).toEqual(await catalogCounts(db.query, db.name));
    });

    it('carries no trace of the database it was read from', () => {
      expect(JSON.stringify(model)).not.toContain(db.name);
      expect(model.tables.every((t) => t.schema === '')).toBe(true);
    });

    it('gives every view what it reads, and every foreign key a table of the model', () => {
      const names = new Set([...model.tables, ...model.views, ...model.functions].map((o) => `.${o.name}`));
      for (const view of model.views) {
        expect(view.dependsOn.length).toBeGreaterThan(0);
        for (const dep of view.dependsOn) expect(names).toContain(dep);
      }
      for (const fk of model.tables.flatMap((t) => t.foreignKeys)) expect(names).toContain(`.${fk.refTable}`);
    });
  });
});

describe.skipIf(!fixtures.includes('sakila'))('sakila in detail', () => {
  let model: SchemaModel;
  beforeAll(async () => {
    ({ model } = await loadFixture('sakila'));
  });

  const table = (name: string) => model.tables.find((t) => t.name === name);

  it('reads ENUM, SET, unsigned types, AUTO_INCREMENT and ON UPDATE', () => {
    const film = table('film');
    const col = (name: string) => film?.columns.find((c) => c.name === name);
    expect(col('rating')).toMatchObject({ type: "enum('G','PG','PG-13','R','NC-17')", default: "'G'" });
    expect(col('special_features')?.type).toBe(
      "set('Trailers','Commentaries','Deleted Scenes','Behind the Scenes')",
    );
    expect(col('film_id')).toMatchObject({ type: 'smallint(5) unsigned', mysql: { autoIncrement: true } });
    expect(col('last_update')).toMatchObject({
      default: 'current_timestamp()',
      mysql: { onUpdate: 'current_timestamp()' },
    });
  });

  // MariaDB skips sakila's `/*!50705 ... */` parts (address.location and its SPATIAL key): they are MySQL's.
  it('reads FULLTEXT indexes and foreign key rules', () => {
    expect(table('film_text')?.indexes).toContainEqual(
      expect.objectContaining({ name: 'idx_title_description', method: 'FULLTEXT' }),
    );
    expect(table('address')?.foreignKeys).toContainEqual(
      expect.objectContaining({
        name: 'fk_address_city',
        refTable: 'city',
        onDelete: 'restrict',
        onUpdate: 'cascade',
      }),
    );
  });

  it('reads triggers, routines and views as definitions that name no database', () => {
    expect(table('film')?.triggers.map((t) => t.name)).toEqual(['del_film', 'ins_film', 'upd_film']);
    expect(model.functions.map((f) => `${f.kind} ${f.name}`)).toEqual([
      'procedure film_in_stock',
      'procedure film_not_in_stock',
      'function get_customer_balance',
      'function inventory_held_by_customer',
      'function inventory_in_stock',
      'procedure rewards_report',
    ]);
    const view = model.views.find((v) => v.name === 'actor_info');
    expect(view?.definition).toMatch(/^select /);
    expect(view?.dependsOn).toEqual(['.actor', '.category', '.film', '.film_actor', '.film_category']);
  });
});
