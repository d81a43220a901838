import {
  type Change,
  diffModels,
  invertHints,
  type MigrationPlan,
  type RenameHint,
  type Statement,
} from '@schema-studio/diff';
import { emptyModel, qualifiedKey, type SchemaModel } from '@schema-studio/schema';
import { emitChange } from './emit/index.ts';
import { breakDropCycles, orderChanges } from './order.ts';
import type { EmitContext } from './statement.ts';

function emitContext(changes: readonly Change[], to: SchemaModel): EmitContext {
  const created = changes.flatMap((c) => {
    if (c.kind === 'table.create') return [qualifiedKey(c.table.schema, c.table.name)];
    if (c.kind === 'view.create') return [qualifiedKey(c.view.schema, c.view.name)];
    if (c.kind === 'domain.create') return [qualifiedKey(c.domain.schema, c.domain.name)];
    return [];
  });
  const partitioned = to.tables
    .filter((t) => t.partitionBy !== undefined)
    .map((t) => qualifiedKey(t.schema, t.name));
  return { created: new Set(created), partitioned: new Set(partitioned) };
}

/** The ordered statements that turn `from` into `to`. */
export function planStatements(
  from: SchemaModel,
  to: SchemaModel,
  hints: readonly RenameHint[] = [],
): Statement[] {
  const changes = diffModels(from, to, hints);
  const ordered = breakDropCycles(orderChanges(changes, to));
  const context = emitContext(changes, to);
  return ordered.flatMap((change) => emitChange(change, context));
}

/**
 * The migration from `from` to `to` (`up`) and back (`down`, planned from `to` to `from` with the hints
 * inverted). No SET statements: the applier sets `lock_timeout` and runs non-transactional statements apart.
 */
export function planMigration(
  from: SchemaModel,
  to: SchemaModel,
  hints: readonly RenameHint[] = [],
): MigrationPlan {
  return { up: planStatements(from, to, hints), down: planStatements(to, from, invertHints(hints)) };
}

/** The DDL that creates `model` from nothing (for the SQL editor). */
export function renderModelDdl(model: SchemaModel): string {
  return renderStatements(planStatements(emptyModel(model.dialect), model), { hazardComments: false });
}

export interface RenderOptions {
  /** Put a `-- hazard CODE: reason` line above each statement for each of its hazards. */
  readonly hazardComments: boolean;
}

/** Statements as a script: each followed by `;`; non-transactional ones are always marked. */
export function renderStatements(statements: readonly Statement[], options: RenderOptions): string {
  return statements
    .map((s) => {
      const hazards = options.hazardComments
        ? s.hazards.map((h) => `-- hazard ${h.code}: ${h.reason}\n`)
        : [];
      const outside = s.transactional ? '' : '-- not transactional: run outside a transaction block\n';
      return `${hazards.join('')}${outside}${s.sql};\n`;
    })
    .join('\n');
}
