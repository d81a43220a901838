import type { Statement } from '@schema-studio/diff';
import { transactionGroups } from '@schema-studio/postgres';
import type { ExecutionGroup } from './records.ts';

/**
 * How `up` will run, said before it runs: PostgreSQL groups consecutive transactional statements into one
 * transaction and runs the others alone; MySQL commits every DDL statement implicitly, so each runs alone and
 * a failure leaves the earlier ones applied.
 */
export function executionPlan(dialect: 'postgres' | 'mysql', up: readonly Statement[]): ExecutionGroup[] {
  if (dialect === 'mysql') {
    return up.map((_, i) => ({ direction: 'up', statements: [i], transaction: false }));
  }
  let next = 0;
  return transactionGroups(up).map((group) => {
    const statements = group.map(() => next++);
    return {
      direction: 'up',
      statements,
      transaction: group.length > 1 || group[0]?.transactional === true,
    };
  });
}

/** The statements a failure at `index` leaves applied: every group that ended before the failing one. */
export function committedBefore(groups: readonly ExecutionGroup[], index: number): number {
  let committed = 0;
  for (const group of groups) {
    // A failing group is rolled back (or was one statement): only the groups before it stay.
    if (group.statements.includes(index)) return committed;
    committed += group.statements.length;
  }
  return committed;
}
