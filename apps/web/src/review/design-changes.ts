import type { RenameHint } from '@schema-studio/diff';
import { type ColumnDef, qualifiedKey, type SchemaModel, type TableDef } from '@schema-studio/schema';

export type ChangeKind = 'added' | 'changed' | 'removed' | 'unchanged';

export interface ColumnChange {
  readonly name: string;
  readonly type: string;
  readonly kind: ChangeKind;
  /** What differs, for a changed column: `renamed from x`, `type a → b`, `now NOT NULL`, ... */
  readonly notes: readonly string[];
}

export interface TableChange {
  /** `schema.name` as the design has it (the baseline's name for a removed table). */
  readonly key: string;
  readonly schema: string;
  readonly name: string;
  readonly kind: ChangeKind;
  readonly notes: readonly string[];
  readonly columns: readonly ColumnChange[];
  /** Keys of the tables this one references, on the side it is drawn from. */
  readonly references: readonly string[];
}

/**
 * Which tables and columns a proposal adds, changes and removes, baseline against design. Renames follow the
 * proposal's hints only, as the planner does: without a hint a renamed object is a removal and an addition.
 * Snapshots arrive as JSON, so objects are compared by value (the model's order is canonical).
 */
export function designChanges(
  baseline: SchemaModel,
  design: SchemaModel,
  hints: readonly RenameHint[],
): TableChange[] {
  const before = new Map(baseline.tables.map((t) => [qualifiedKey(t.schema, t.name), t]));
  const matched = new Set<string>();
  const changes = design.tables.map((table) => {
    const from = before.get(baselineKeyOf(table, hints));
    if (!from) return whole(table, 'added');
    matched.add(qualifiedKey(from.schema, from.name));
    return compareTable(from, table, hints);
  });
  for (const [key, table] of before) if (!matched.has(key)) changes.push(whole(table, 'removed'));
  return changes;
}

/** The key the table had in the baseline: its own, or the one a table rename hint names. */
function baselineKeyOf(table: TableDef, hints: readonly RenameHint[]): string {
  const rename = hints.find((h) => h.kind === 'table' && h.schema === table.schema && h.to === table.name);
  return qualifiedKey(table.schema, rename ? rename.from : table.name);
}

function whole(table: TableDef, kind: 'added' | 'removed'): TableChange {
  return {
    key: qualifiedKey(table.schema, table.name),
    schema: table.schema,
    name: table.name,
    kind,
    notes: [],
    columns: table.columns.map((c) => ({ name: c.name, type: c.type, kind, notes: [] })),
    references: referencesOf(table),
  };
}

const referencesOf = (table: TableDef) =>
  table.foreignKeys.map((fk) => qualifiedKey(fk.refSchema, fk.refTable));

function compareTable(from: TableDef, to: TableDef, hints: readonly RenameHint[]): TableChange {
  const inside = hints.filter(
    (h) => h.kind === 'column' && h.schema === from.schema && h.table === from.name,
  );
  const columns = compareColumns(from.columns, to.columns, inside);
  const notes = tableNotes(from, to);
  const changed = notes.length > 0 || columns.some((c) => c.kind !== 'unchanged');
  return {
    key: qualifiedKey(to.schema, to.name),
    schema: to.schema,
    name: to.name,
    kind: changed ? 'changed' : 'unchanged',
    notes,
    columns,
    references: referencesOf(to),
  };
}

function compareColumns(
  from: readonly ColumnDef[],
  to: readonly ColumnDef[],
  renames: readonly RenameHint[],
): ColumnChange[] {
  const before = new Map(from.map((c) => [c.name, c]));
  const matched = new Set<string>();
  const changes: ColumnChange[] = to.map((column) => {
    const renamedFrom = renames.find((h) => h.to === column.name)?.from;
    const old = before.get(renamedFrom ?? column.name);
    if (!old) return { name: column.name, type: column.type, kind: 'added', notes: [] };
    matched.add(old.name);
    const notes = [...(renamedFrom ? [`renamed from ${renamedFrom}`] : []), ...columnNotes(old, column)];
    return { name: column.name, type: column.type, kind: notes.length > 0 ? 'changed' : 'unchanged', notes };
  });
  for (const old of from) {
    if (!matched.has(old.name)) changes.push({ name: old.name, type: old.type, kind: 'removed', notes: [] });
  }
  return changes;
}

function columnNotes(old: ColumnDef, now: ColumnDef): string[] {
  const notes: string[] = [];
  if (old.type !== now.type) notes.push(`type ${old.type} → ${now.type}`);
  if (old.nullable !== now.nullable) notes.push(now.nullable ? 'now nullable' : 'now NOT NULL');
  if (old.default !== now.default)
    notes.push(now.default === undefined ? 'default dropped' : 'default changed');
  if (notes.length === 0 && without(old, COLUMN_NAMED) !== without(now, COLUMN_NAMED)) {
    notes.push('definition changed');
  }
  return notes;
}

/** The table-level parts that differ, named for people (columns are listed on their own). */
const TABLE_PARTS: readonly [keyof TableDef, string][] = [
  ['primaryKey', 'primary key'],
  ['foreignKeys', 'foreign keys'],
  ['uniques', 'unique constraints'],
  ['checks', 'checks'],
  ['indexes', 'indexes'],
  ['comment', 'comment'],
];

function tableNotes(from: TableDef, to: TableDef): string[] {
  const notes = from.name === to.name ? [] : [`renamed from ${from.name}`];
  for (const [part, label] of TABLE_PARTS) {
    if (JSON.stringify(from[part]) !== JSON.stringify(to[part])) notes.push(`${label} changed`);
  }
  if (without(from, TABLE_NAMED) !== without(to, TABLE_NAMED)) notes.push('table options changed');
  return notes;
}

const COLUMN_NAMED: ReadonlySet<string> = new Set(['name', 'type', 'nullable', 'default']);
const TABLE_NAMED: ReadonlySet<string> = new Set(['name', 'columns', ...TABLE_PARTS.map(([p]) => p)]);

/** The object as JSON without the keys already compared one by one (key order is the model's). */
const without = (value: object, keys: ReadonlySet<string>) =>
  JSON.stringify(Object.entries(value).filter(([k]) => !keys.has(k)));
