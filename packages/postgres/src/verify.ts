import {
  type MigrationPlan,
  type ProofEngine,
  proofReport,
  proveStages,
  type RenameHint,
  type Statement,
  type VerifyReport,
} from '@schema-studio/diff';
import { emptyModel, type SchemaModel } from '@schema-studio/schema';
import { applyStatements } from './apply.ts';
import { introspectPostgres } from './introspect/index.ts';
import { planMigration } from './migrate/index.ts';
import { createPgliteShadow } from './shadow/pglite.ts';
import type { ShadowDatabase, ShadowFactory } from './shadow/shadow.ts';

export type { VerifyReport, VerifyStage, VerifyStep } from '@schema-studio/diff';

export interface VerifyOptions {
  readonly hints?: readonly RenameHint[];
  /** The plan to prove; planned from `from` and `to` when absent. */
  readonly plan?: MigrationPlan;
  readonly shadow?: ShadowFactory;
}

/** A PostgreSQL shadow as a proof engine: statements in transaction groups, the catalog read back. */
function postgresEngine(shadow: ShadowDatabase): ProofEngine {
  return {
    apply: async (statements: readonly Statement[]) => {
      const failure = await applyStatements(shadow.exec, statements);
      return failure && `statement ${failure.index + 1} failed: ${failure.message}\n${failure.statement.sql}`;
    },
    read: () => introspectPostgres(shadow.query),
    residual: (actual, expected) => planMigration(actual, expected, []).up,
  };
}

/**
 * Proves a migration on a shadow database (`proveStages`): build `from` there, apply `up` and re-introspect
 * (must equal `to`: an empty re-diff), then apply `down` (must equal `from` again). Nothing is assumed from
 * the planner's own output: the engine's catalog is the judge.
 */
export async function verifyMigration(
  from: SchemaModel,
  to: SchemaModel,
  options: VerifyOptions = {},
): Promise<VerifyReport> {
  const plan = options.plan ?? planMigration(from, to, options.hints ?? []);
  const shadow = await (options.shadow ?? createPgliteShadow)();
  try {
    const steps = await proveStages(postgresEngine(shadow), [
      ['setup', planMigration(emptyModel(from.dialect), from, []).up, from],
      ['up', plan.up, to],
      ['down', plan.down, from],
    ]);
    return proofReport(shadow.description, plan, steps);
  } finally {
    await shadow.close();
  }
}
