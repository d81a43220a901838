import type { Statement } from '@schema-studio/diff';

/**
 * Session settings a plan runs under, in this order, before its first statement:
 * - `lock_timeout`: a statement waiting for a lock gives up instead of queueing every query behind it;
 * - `check_function_bodies = off`: a SQL-language function may refer to tables created later in the plan (or to
 *   unqualified names resolved at call time), which is how pg_dump restores them too.
 */
export function sessionSettings(lockTimeout = '5s'): string[] {
  return [`SET lock_timeout = '${lockTimeout.replace(/'/g, "''")}'`, 'SET check_function_bodies = off'];
}

/** Runs SQL text; `exec` of a shadow database or of a live connection. */
export type ExecFn = (sql: string) => Promise<void>;

export interface StatementFailure {
  readonly index: number;
  readonly statement: Statement;
  readonly message: string;
}

/**
 * Groups a plan the way it must run: consecutive transactional statements in one transaction, each
 * non-transactional statement (CREATE INDEX CONCURRENTLY, ALTER TYPE ... ADD VALUE) on its own.
 */
export function transactionGroups(statements: readonly Statement[]): Statement[][] {
  const groups: Statement[][] = [];
  let current: Statement[] = [];
  for (const statement of statements) {
    if (statement.transactional) {
      current.push(statement);
      continue;
    }
    if (current.length > 0) groups.push(current);
    groups.push([statement]);
    current = [];
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/**
 * Applies statements group by group. A failing group is rolled back; the failure names the statement and the
 * engine's message. Earlier groups stay applied: callers that need all-or-nothing use a scratch database.
 */
export async function applyStatements(
  exec: ExecFn,
  statements: readonly Statement[],
  settings: readonly string[] = sessionSettings(),
): Promise<StatementFailure | undefined> {
  if (statements.length === 0) return undefined;
  for (const setting of settings) await exec(setting);
  let index = 0;
  for (const group of transactionGroups(statements)) {
    const inTransaction = group.length > 1 || group[0]?.transactional === true;
    if (inTransaction) await exec('BEGIN');
    for (const statement of group) {
      try {
        await exec(statement.sql);
      } catch (error) {
        if (inTransaction) await exec('ROLLBACK');
        return { index, statement, message: error instanceof Error ? error.message : String(error) };
      }
      index++;
    }
    if (inTransaction) await exec('COMMIT');
  }
  return undefined;
}
