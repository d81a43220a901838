import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MigrationPlan, Statement } from '@schema-studio/diff';
import { firstDifference, type SchemaModel } from '@schema-studio/schema';
import { applyStatements } from '../src/apply.ts';
import { introspectPostgres } from '../src/introspect/index.ts';
import { planMigration } from '../src/migrate/index.ts';
import { createTempDatabase, type TempDatabase } from '../src/testing/server.ts';
import { idempotentRole, separateRoles } from './roles.ts';

export interface TransitionOutcome {
  readonly ok: boolean;
  /** Which step failed and why, for the known-gaps list. */
  readonly reason?: string;
  readonly plan?: MigrationPlan;
}

function readIfExists(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

async function loadState(
  dir: string,
  schemaFile: string,
  seedFile: string,
  label: string,
): Promise<TempDatabase> {
  const db = await createTempDatabase(label);
  try {
    const { roles, rest } = await separateRoles(readFileSync(join(dir, schemaFile), 'utf8'));
    for (const role of roles) await db.exec(idempotentRole(role));
    await db.exec(rest);
    const seed = readIfExists(join(dir, seedFile));
    if (seed) await db.exec(seed);
  } catch (error) {
    await db.drop();
    throw new Error(`loading ${schemaFile}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return db;
}

async function applyAndCompare(
  db: TempDatabase,
  statements: readonly Statement[],
  expected: SchemaModel,
  direction: string,
): Promise<string | undefined> {
  const failure = await applyStatements(db.exec, statements);
  if (failure)
    return `${direction}: statement ${failure.index + 1} failed: ${failure.message} -- ${failure.statement.sql}`;
  const actual = await introspectPostgres(db.query);
  const difference = firstDifference(actual, expected);
  return difference ? `${direction}: result differs from the target at ${difference}` : undefined;
}

/**
 * One `a.sql -> b.sql` transition on the real server: each state is loaded (with its seed data) into its own
 * database and introspected; the plan from a to b is applied to a's database and must reach b's model, and the
 * plan back (down) is applied to b's database and must reach a's model.
 */
export async function runTransition(dir: string, name: string): Promise<TransitionOutcome> {
  const dbA = await loadState(dir, 'a.sql', 'seed.sql', `${name}_a`);
  let dbB: TempDatabase | undefined;
  try {
    dbB = await loadState(dir, 'b.sql', 'seed-b.sql', `${name}_b`);
    const modelA = await introspectPostgres(dbA.query);
    const modelB = await introspectPostgres(dbB.query);
    const plan = planMigration(modelA, modelB);
    const upProblem = await applyAndCompare(dbA, plan.up, modelB, 'a -> b');
    const downProblem = await applyAndCompare(dbB, plan.down, modelA, 'b -> a');
    const reason = [upProblem, downProblem].filter(Boolean).join('; ');
    return reason ? { ok: false, reason, plan } : { ok: true, plan };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  } finally {
    await dbA.drop();
    await dbB?.drop();
  }
}
