/**
 * Every transition fixture against the real server: a.sql and b.sql are loaded and introspected as `from` and
 * `to`; `up` applied to the first database must re-introspect to exactly `to`, then `down` to exactly `from`.
 * Plans are applied as their rendered scripts, which must run as-is. The design's own DDL (what the SQL editor
 * shows) must rebuild `from` in an empty database too.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RenameHint, Statement } from '@schema-studio/diff';
import { emptyModel, firstDifference, type SchemaModel } from '@schema-studio/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { introspectMysql } from '../introspect/index.ts';
import { runMysqlScript } from '../shadow/run-script.ts';
import { createTempDatabase, type TempDatabase } from '../testing/server.ts';
import { planMysqlMigration, planMysqlStatements } from './plan.ts';
import { renderMysqlStatements } from './render.ts';

const ROOT = fileURLToPath(new URL('../../fixtures/transitions', import.meta.url));
const FIXTURES = readdirSync(ROOT).sort();

function readOptional(dir: string, file: string): string | undefined {
  const path = join(ROOT, dir, file);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** Empties a database by recreating it; the session keeps using it. */
async function reset(db: TempDatabase): Promise<void> {
  await db.exec(
    `DROP DATABASE \`${db.name}\`; CREATE DATABASE \`${db.name}\` CHARACTER SET utf8mb4; USE \`${db.name}\``,
  );
}

async function load(db: TempDatabase, sql: string): Promise<SchemaModel> {
  await reset(db);
  await db.exec(sql);
  return introspectMysql(db.query);
}

/**
 * Applies a plan as the script users get (`upSql`, `downSql`: hazard comments, bodies without DELIMITER),
 * run statement by statement the way a driver or the SQL editor runs it.
 */
async function apply(db: TempDatabase, statements: readonly Statement[]): Promise<void> {
  const script = renderMysqlStatements(statements, { hazardComments: true });
  const result = await runMysqlScript((sql) => db.query(sql), script);
  if (!result.ok) {
    const { message, line } = result.error;
    const shown = script.split('\n').slice(Math.max(0, (line ?? 1) - 3), (line ?? 1) + 2);
    throw new Error(`the script failed at line ${line}: ${message}\n${shown.join('\n')}`);
  }
}

/** What still differs: the re-plan's SQL, or the first differing path of the models. */
function residue(actual: SchemaModel, expected: SchemaModel): string[] {
  const plan = planMysqlStatements(actual, expected).map((s) => s.sql);
  const difference = firstDifference(actual, expected);
  return difference === undefined ? plan : [...plan, `first difference at ${difference}`];
}

describe('MySQL transition fixtures (MariaDB at 127.0.0.1:3306)', () => {
  let a: TempDatabase;
  let b: TempDatabase;

  beforeAll(async () => {
    [a, b] = await Promise.all([createTempDatabase('plan_a'), createTempDatabase('plan_b')]);
  });

  afterAll(async () => {
    await Promise.all([a?.drop(), b?.drop()]);
  });

  it.each(FIXTURES)('%s: up reaches b, down returns to a', async (name) => {
    const hints = JSON.parse(readOptional(name, 'hints.json') ?? '[]') as RenameHint[];
    const from = await load(a, readOptional(name, 'a.sql') ?? '');
    const to = await load(b, readOptional(name, 'b.sql') ?? '');
    const plan = planMysqlMigration(from, to, hints);
    expect(plan.up.length, 'the fixture must need a migration').toBeGreaterThan(0);

    const seed = readOptional(name, 'seed.sql');
    if (seed) await a.exec(seed);
    await apply(a, plan.up);
    expect(residue(await introspectMysql(a.query), to)).toEqual([]);

    const survives = readOptional(name, 'survives.json');
    if (survives) {
      const { query, rows } = JSON.parse(survives) as { query: string; rows: unknown[] };
      expect(await a.query(query)).toEqual(rows);
    }

    await apply(a, plan.down);
    expect(residue(await introspectMysql(a.query), from)).toEqual([]);

    // The design as DDL: what the SQL editor shows rebuilds `from` from nothing.
    await reset(b);
    await apply(b, planMysqlStatements(emptyModel('mysql'), from));
    expect(residue(await introspectMysql(b.query), from)).toEqual([]);
  });
});
