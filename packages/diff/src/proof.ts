/**
 * The shape of a migration proof, and the steps every dialect takes to give one: build the baseline on a
 * scratch database, apply `up` and read the catalog back (it must equal the design: an empty re-diff), then
 * apply `down` (it must equal the baseline again). Each dialect supplies its engine; the catalog is the judge.
 */
import { firstDifference, type SchemaModel } from '@schema-studio/schema';
import type { MigrationPlan, Statement } from './plan.ts';

export type VerifyStage = 'setup' | 'up' | 'down';

export interface VerifyStep {
  readonly stage: VerifyStage;
  readonly ok: boolean;
  /** What was proven, or why it was not. */
  readonly detail: string;
}

export interface VerifyReport {
  readonly proven: boolean;
  /** Where the proof ran (no password). */
  readonly shadow: string;
  readonly steps: readonly VerifyStep[];
  /** One line for people: what was proven, or the first reason it was not. */
  readonly summary: string;
}

/** What a proof needs from a scratch database of one dialect. */
export interface ProofEngine {
  /** Runs statements in order; the first failure as text (`statement N failed: ...` and its SQL), not thrown. */
  apply(statements: readonly Statement[]): Promise<string | undefined>;
  /** The schema the database has now, read from its catalog. */
  read(): Promise<SchemaModel>;
  /** The statements still needed from `actual` to `expected`: none when the stage reached its target. */
  residual(actual: SchemaModel, expected: SchemaModel): readonly Statement[];
}

/** One stage to prove: its statements and the schema the database must have after them. */
export type ProofStage = readonly [VerifyStage, readonly Statement[], SchemaModel];

/** Runs the stages in order on `engine`, stopping at the first that fails. */
export async function proveStages(engine: ProofEngine, stages: readonly ProofStage[]): Promise<VerifyStep[]> {
  const steps: VerifyStep[] = [];
  for (const [stage, statements, expected] of stages) {
    const step = await proveStage(engine, stage, statements, expected);
    steps.push(step);
    if (!step.ok) break;
  }
  return steps;
}

async function proveStage(
  engine: ProofEngine,
  stage: VerifyStage,
  statements: readonly Statement[],
  expected: SchemaModel,
): Promise<VerifyStep> {
  const failure = await engine.apply(statements);
  if (failure) return { stage, ok: false, detail: failure };
  const actual = await engine.read();
  const residual = engine.residual(actual, expected);
  const difference = firstDifference(actual, expected);
  if (residual.length === 0 && difference === undefined) {
    return { stage, ok: true, detail: `${countStatements(statements.length)} applied; re-diff is empty` };
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
        ? `after ${stage} the database still differs; the re-diff has ${countStatements(residual.length)}:\n${shown}`
        : `after ${stage} the database differs from the expected model at ${difference}`,
  };
}

/** The report of a proof of `plan` on `shadow` from its steps. */
export function proofReport(shadow: string, plan: MigrationPlan, steps: readonly VerifyStep[]): VerifyReport {
  const failed = steps.find((s) => !s.ok);
  return {
    proven: failed === undefined,
    shadow,
    steps,
    summary: failed
      ? `not proven (${failed.stage}): ${failed.detail}`
      : `proven on ${shadow}: up reaches the design (${countStatements(plan.up.length)}), down returns to the baseline (${countStatements(plan.down.length)})`,
  };
}

const countStatements = (n: number) => `${n} statement${n === 1 ? '' : 's'}`;
