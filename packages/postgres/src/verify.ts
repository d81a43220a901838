import type { MigrationPlan, RenameHint, Statement } from '@schema-studio/diff';
import { emptyModel, firstDifference, type SchemaModel } from '@schema-studio/schema';
import { applyStatements } from './apply.ts';
import { introspectPostgres } from './introspect/index.ts';
import { planMigration } from './migrate/index.ts';
import { createPgliteShadow } from './shadow/pglite.ts';
import type { ShadowDatabase, ShadowFactory } from './shadow/shadow.ts';

export type VerifyStage = 'setup' | 'up' | 'down';

export interface VerifyStep {
  readonly stage: VerifyStage;
  readonly ok: boolean;
  /** What was proven, or why it was not. */
  readonly detail: string;
}

export interface VerifyReport {
  readonly proven: boolean;
  readonly shadow: string;
  readonly steps: readonly VerifyStep[];
  /** One line for people: what was proven, or the first reason it was not. */
  readonly summary: string;
}

export interface VerifyOptions {
  readonly hints?: readonly RenameHint[];
  /** The plan to prove; planned from `from` and `to` when absent. */
  readonly plan?: MigrationPlan;
  readonly shadow?: ShadowFactory;
}

/**
 * Proves a migration on a shadow database: build `from` there, apply `up` and re-introspect (must equal `to`:
 * an empty re-diff), then apply `down` (must equal `from` again). Nothing is assumed from the planner's own
 * output: the engine's catalog is the judge.
 */
export async function verifyMigration(
  from: SchemaModel,
  to: SchemaModel,
  options: VerifyOptions = {},
): Promise<VerifyReport> {
  const plan = options.plan ?? planMigration(from, to, options.hints ?? []);
  const shadow = await (options.shadow ?? createPgliteShadow)();
  const steps: VerifyStep[] = [];
  try {
    const stages: [VerifyStage, readonly Statement[], SchemaModel][] = [
      ['setup', planMigration(emptyModel(from.dialect), from, []).up, from],
      ['up', plan.up, to],
      ['down', plan.down, from],
    ];
    for (const [stage, statements, expected] of stages) {
      const step = await proveStage(shadow, stage, statements, expected);
      steps.push(step);
      if (!step.ok) break;
    }
  } finally {
    await shadow.close();
  }
  const failed = steps.find((s) => !s.ok);
  return {
    proven: failed === undefined,
    shadow: shadow.description,
    steps,
    summary: failed
      ? `not proven (${failed.stage}): ${failed.detail}`
      : `proven on ${shadow.description}: up reaches the design (${plan.up.length} statements), down returns to the baseline (${plan.down.length} statements)`,
  };
}

async function proveStage(
  shadow: ShadowDatabase,
  stage: VerifyStage,
  statements: readonly Statement[],
  expected: SchemaModel,
): Promise<VerifyStep> {
  const failure = await applyStatements(shadow.exec, statements);
  if (failure) {
    return {
      stage,
      ok: false,
      detail: `statement ${failure.index + 1} failed: ${failure.message}\n${failure.statement.sql}`,
    };
  }
  const actual = await introspectPostgres(shadow.query);
  const residual = planMigration(actual, expected, []).up;
  const difference = firstDifference(actual, expected);
  if (residual.length === 0 && difference === undefined) {
    return { stage, ok: true, detail: `${statements.length} statements applied; re-diff is empty` };
  }
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
