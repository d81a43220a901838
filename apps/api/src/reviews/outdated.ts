import type { Statement } from '@schema-studio/diff';

export type Direction = 'up' | 'down';

export interface Anchor {
  readonly direction: Direction;
  readonly index: number;
  /** The statement's SQL when the thread was started. */
  readonly statementSql: string;
}

export interface PlanStatements {
  readonly up: readonly Statement[];
  readonly down: readonly Statement[];
}

/** The statement an anchor points at in `plan`, if the plan still has that many. */
export function statementAt(
  plan: PlanStatements,
  direction: Direction,
  index: number,
): Statement | undefined {
  return plan[direction][index];
}

/**
 * A thread is outdated when the statement it discusses is no longer what sits at its place in the new plan:
 * the reviewer's words were about other SQL. Judged against the text commented on, so a revision that
 * changes a statement and a later one that changes it back makes the thread current again.
 */
export function isOutdated(anchor: Anchor, plan: PlanStatements): boolean {
  return statementAt(plan, anchor.direction, anchor.index)?.sql !== anchor.statementSql;
}
