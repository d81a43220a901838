/** Shared helpers for the migration tests. */
import type { RenameHint, Statement } from '@schema-studio/diff';
import type { SchemaModel } from '@schema-studio/schema';
import { planMigration } from './plan.ts';

export * from '../../../diff/src/test-model.ts';

export const sqlOf = (statements: readonly Statement[]) => statements.map((s) => s.sql);

/** The `up` SQL of a migration. */
export function upSql(from: SchemaModel, to: SchemaModel, hints: readonly RenameHint[] = []): string[] {
  return sqlOf(planMigration(from, to, hints).up);
}

/** `CODE: reason` lines of each `up` statement, keyed by its SQL. */
export function upHazards(from: SchemaModel, to: SchemaModel, hints: readonly RenameHint[] = []) {
  return planMigration(from, to, hints).up.map((s) => ({
    sql: s.sql,
    hazards: s.hazards.map((h) => h.code),
    transactional: s.transactional,
  }));
}

export const IDENTITY_BIGINT = {
  generation: 'always',
  start: '1',
  increment: '1',
  min: '1',
  max: '9223372036854775807',
  cache: '1',
  cycle: false,
} as const;
