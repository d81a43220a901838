import {
  type Change,
  diffModels,
  invertHints,
  type MigrationPlan,
  type RenameHint,
  type Statement,
} from '@schema-studio/diff';
import { emptyModel, qualifiedKey, type SchemaModel, type TableDef } from '@schema-studio/schema';
import { isNeutralKind, type MysqlChange } from './changes.ts';
import { emitChange } from './emit/index.ts';
import { mergeReplacements, tableRenames } from './merge.ts';
import { breakDropCycles, inlineForeignKeys, type OrderFacts, orderMysqlChanges } from './order.ts';
import { renderMysqlStatements } from './render.ts';
import { type EmitContext, foreignKeyKey, type On } from './statement.ts';
import { tableChanges } from './table-pass.ts';

function tableLookup(model: SchemaModel): (on: On) => TableDef | undefined {
  const byKey = new Map(model.tables.map((t) => [qualifiedKey(t.schema, t.name), t] as const));
  return (on) => byKey.get(qualifiedKey(on.schema, on.table));
}

function referencedColumns(model: SchemaModel): (schema: string, table: string) => ReadonlySet<string> {
  const byKey = new Map<string, Set<string>>();
  for (const t of model.tables)
    for (const fk of t.foreignKeys) {
      const key = qualifiedKey(fk.refSchema, fk.refTable);
      byKey.set(key, new Set([...(byKey.get(key) ?? []), ...fk.refColumns]));
    }
  return (schema, table) => byKey.get(qualifiedKey(schema, table)) ?? new Set();
}

/** An index rename hint names its table as in `from`; the rename runs after the table got its `to` name. */
function indexRenameTable(hints: readonly RenameHint[], renames: ReadonlyMap<string, string>) {
  return (schema: string, from: string, to: string) => {
    const hint = hints.find(
      (h) => h.kind === 'index' && h.schema === schema && h.from === from && h.to === to,
    );
    if (hint?.table === undefined) return undefined;
    return renames.get(qualifiedKey(schema, hint.table)) ?? hint.table;
  };
}

/**
 * Whether a foreign key that stays on the table (in `to` under the same name) is served by this index: its
 * columns lead the index. MySQL refuses to drop such an index until another one serves the key.
 */
function orderFacts(from: SchemaModel, to: SchemaModel, renames: ReadonlyMap<string, string>): OrderFacts {
  const before = tableLookup(from);
  const after = tableLookup(to);
  return {
    indexNeededByKept: (schema, table, name) => {
      const index = before({ schema, table })?.indexes.find((i) => i.name === name);
      const kept =
        after({ schema, table: renames.get(qualifiedKey(schema, table)) ?? table })?.foreignKeys ?? [];
      const keys = index?.keys.map((k) => k.column) ?? [];
      return kept.some((fk) => fk.columns.every((c, i) => keys[i] === c));
    },
  };
}

function emitContext(
  from: SchemaModel,
  to: SchemaModel,
  hints: readonly RenameHint[],
  changes: readonly Change[],
  ordered: readonly MysqlChange[],
): EmitContext {
  const created = changes.flatMap((c) => {
    if (c.kind === 'table.create') return [qualifiedKey(c.table.schema, c.table.name)];
    if (c.kind === 'view.create') return [qualifiedKey(c.view.schema, c.view.name)];
    return [];
  });
  const inline = inlineForeignKeys(ordered).map(({ table, fk }) =>
    foreignKeyKey(table.schema, table.name, fk),
  );
  return {
    created: new Set(created),
    inlineForeignKeys: new Set(inline),
    fromTable: tableLookup(from),
    toTable: tableLookup(to),
    indexRenameTable: indexRenameTable(hints, tableRenames(changes)),
    referencedColumns: referencedColumns(to),
  };
}

function orderedChanges(from: SchemaModel, to: SchemaModel, neutral: readonly Change[]): MysqlChange[] {
  const renames = tableRenames(neutral);
  const changes = mergeReplacements(
    [...neutral.filter(isNeutralKind), ...tableChanges(from, to, neutral)],
    renames,
  );
  return breakDropCycles(orderMysqlChanges(changes, orderFacts(from, to, renames)));
}

/** The ordered MySQL changes that turn `from` into `to` (for tests and tools that inspect the plan). */
export function planMysqlChanges(
  from: SchemaModel,
  to: SchemaModel,
  hints: readonly RenameHint[] = [],
): MysqlChange[] {
  return orderedChanges(from, to, diffModels(from, to, hints));
}

/** The ordered statements that turn `from` into `to`, each with its hazards. */
export function planMysqlStatements(
  from: SchemaModel,
  to: SchemaModel,
  hints: readonly RenameHint[] = [],
): Statement[] {
  const neutral = diffModels(from, to, hints);
  const ordered = orderedChanges(from, to, neutral);
  const context = emitContext(from, to, hints, neutral, ordered);
  return ordered.flatMap((change) => emitChange(change, context));
}

/**
 * The migration from `from` to `to` (`up`) and back (`down`, planned from `to` to `from` with the hints
 * inverted). Every statement is non-transactional: MySQL commits DDL implicitly.
 */
export function planMysqlMigration(
  from: SchemaModel,
  to: SchemaModel,
  hints: readonly RenameHint[] = [],
): MigrationPlan {
  return {
    up: planMysqlStatements(from, to, hints),
    down: planMysqlStatements(to, from, invertHints(hints)),
  };
}

/** The DDL that creates `model` in an empty database: the design as the SQL editor shows it. */
export function renderMysqlModelDdl(model: SchemaModel): string {
  return renderMysqlStatements(planMysqlStatements(emptyModel('mysql'), model), { hazardComments: false });
}
