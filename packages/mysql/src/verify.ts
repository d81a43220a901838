/**
 * Proves a MySQL migration on a scratch database of a real server (`proveStages`): build `from` there, apply
 * `up` and re-introspect (it must equal `to`), then apply `down` (it must equal `from` again). The server's
 * catalog is the judge, not the planner's own output. MySQL DDL commits as it goes, so a failed step leaves
 * the scratch database half-way; it is dropped either way.
 */
import {
  type MigrationPlan,
  type ProofEngine,
  proofReport,
  proveStages,
  type Statement,
  type VerifyReport,
} from '@schema-studio/diff';
import { emptyModel, normalizeModel, type SchemaModel } from '@schema-studio/schema';
import { introspectMysql } from './introspect/index.ts';
import { planMysqlStatements } from './migrate/index.ts';
import type { QueryFn } from './query.ts';
import { createScratchDatabase } from './shadow/scratch.ts';

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

function mysqlEngine(query: QueryFn): ProofEngine {
  return {
    apply: (statements) => applyAll(query, statements),
    read: () => introspectMysql(query),
    residual: planMysqlStatements,
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
): Promise<VerifyReport> {
  const scratch = await createScratchDatabase(serverUrl);
  const shadow = `scratch database ${scratch.name} on ${new URL(serverUrl).host}`;
  try {
    // String literals in the plan escape backslashes: the session must read them that way.
    await scratch.query("SET SESSION sql_mode = REPLACE(@@sql_mode, 'NO_BACKSLASH_ESCAPES', '')");
    const steps = await proveStages(mysqlEngine(scratch.query), [
      ['setup', planMysqlStatements(emptyModel('mysql'), from), normalizeModel(from)],
      ['up', plan.up, normalizeModel(to)],
      ['down', plan.down, normalizeModel(from)],
    ]);
    return proofReport(shadow, plan, steps);
  } finally {
    await scratch.drop();
  }
}
