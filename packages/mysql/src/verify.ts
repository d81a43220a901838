/**
 * Proves a MySQL migration on a scratch database of a real server: build `from` there, apply `up` and
 * re-introspect (it must equal `to`), then apply `down` (it must equal `from` again). The server's catalog is
 * the judge, not the planner's own output. MySQL DDL commits as it goes, so a failed step leaves the scratch
 * database half-way; it is dropped either way.
 */
import type { MigrationPlan, Statement } from '@schema-studio/diff';
import { emptyModel, firstDifference, normalizeModel, type SchemaModel } from '@schema-studio/schema';
import { introspectMysql } from './introspect/index.ts';
import { planMysqlStatements } from './migrate/index.ts';
import type { QueryFn } from './query.ts';
import { createScratchDatabase } from './shadow/scratch.ts';

export type MysqlVerifyStage = 'setup' | 'up' | 'down';

export interface MysqlVerifyStep {
  readonly stage: MysqlVerifyStage;
  readonly ok: boolean;
  /** What was proven, or why it was not. */
  readonly detail: string;
}

export interface MysqlVerifyReport {
  readonly proven: boolean;
  /** Which server and scratch database the proof ran on (no password). */
  readonly shadow: string;
  readonly steps: readonly MysqlVerifyStep[];
  /** One line for people: what was proven, or the first reason it was not. */
  readonly summary: string;
}

/** Applies statements one by one; the first failure is returned, not thrown (it is an expected outcome). */
async function applyAll(query: QueryFn, statements: readonly Statement[]): Promise<string | undefined> {
  for (const [i, s] of statements.entries()) {
    try {
      await query(s.sql);
    } catch (error) {
      return `statement ${i + 1} failed: ${(error as Error).message}\n${s.sql}`;
    }
  }
  return undefined;
}

async function proveStage(
  query: QueryFn,
  stage: MysqlVerifyStage,
  statements: readonly Statement[],
  expected: SchemaModel,
): Promise<MysqlVerifyStep> {
  const failure = await applyAll(query, statements);
  if (failure) return { stage, ok: false, detail: failure };
  const actual = await introspectMysql(query);
  const residual = planMysqlStatements(actual, expected);
  const difference = firstDifference(actual, expected);
  if (residual.length === 0 && difference === undefined)
    return { stage, ok: true, detail: `${statements.length} statements applied; re-diff is empty` };
  const shown = residual
    .slice(0, 5)
    .map((s) => s.sql)
    .join(';\n');
  return {
    stage,
    ok: false,
    detail:
      residual.length > 0
        ? `after ${stage} the database still differs; the re-diff has ${residual.length} statements:\n${shown}`
        : `after ${stage} the database differs from the expected model at ${difference}`,
  };
}

/**
 * Proves `plan` between `from` and `to` on the server behind `serverUrl` (a `mysql://` URL of a user allowed
 * to create and drop databases; the database it names is left alone). Stops at the first failing step.
 */
export async function verifyMysqlMigration(
  plan: MigrationPlan,
  from: SchemaModel,
  to: SchemaModel,
  serverUrl: string,
): Promise<MysqlVerifyReport> {
  const scratch = await createScratchDatabase(serverUrl);
  const shadow = `scratch database ${scratch.name} on ${new URL(serverUrl).host}`;
  const steps: MysqlVerifyStep[] = [];
  try {
    // String literals in the plan escape backslashes: the session must read them that way.
    await scratch.query("SET SESSION sql_mode = REPLACE(@@sql_mode, 'NO_BACKSLASH_ESCAPES', '')");
    const stages: [MysqlVerifyStage, readonly Statement[], SchemaModel][] = [
      ['setup', planMysqlStatements(emptyModel('mysql'), from), normalizeModel(from)],
      ['up', plan.up, normalizeModel(to)],
      ['down', plan.down, normalizeModel(from)],
    ];
    for (const [stage, statements, expected] of stages) {
      const step = await proveStage(scratch.query, stage, statements, expected);
      steps.push(step);
      if (!step.ok) break;
    }
  } finally {
    await scratch.drop();
  }
  const failed = steps.find((s) => !s.ok);
  return {
    proven: failed === undefined,
    shadow,
    steps,
    summary: failed
      ? `not proven (${failed.stage}): ${failed.detail}`
      : `proven on ${shadow}: up reaches the design (${plan.up.length} statements), down returns to the baseline (${plan.down.length} statements)`,
  };
}
