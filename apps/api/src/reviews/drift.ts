import { diffModels } from '@schema-studio/diff';
import { summarizeChanges } from '@schema-studio/docs';
import { firstDifference, type SchemaModel } from '@schema-studio/schema';
import type { Engine } from '../engine/engine.ts';

/** How the live database differs from the baseline a proposal was planned against. */
export interface Drift {
  /** The statements that would take the baseline snapshot to the live schema. */
  readonly statements: readonly string[];
  /** The differing objects, one line each (`adds column public.users.nickname`). */
  readonly changes: readonly string[];
  /** The first differing path of the two models, for differences no statement expresses. */
  readonly firstDifference: string | null;
}

/**
 * Undefined when the live schema is the snapshot. The plan was proven from the snapshot only: run on any other
 * schema, it may fail half-way or do something nobody reviewed.
 */
export function findDrift(engine: Engine, baseline: SchemaModel, live: SchemaModel): Drift | undefined {
  const first = firstDifference(baseline, live);
  if (first === undefined) return undefined;
  const plan = engine.plan(baseline, live, []);
  return {
    statements: plan.up.map((s) => s.sql),
    changes: summarizeChanges(diffModels(baseline, live, [])),
    firstDifference: first,
  };
}
