import type { SchemaModel } from '../model.ts';
import { applyEdit } from './apply.ts';
import type { SchemaEdit } from './types.ts';

/**
 * Where each renamed or added object of a design came from, relative to the baseline. Only deviations are
 * stored: an object absent from these maps is the baseline object of the same name. `null` marks an object
 * created in the design, which has no baseline origin and so never yields a hint.
 *
 * Keys: tables and enums `schema\u0000name`; columns `schema\u0000table\u0000column` with the table's current name.
 */
export interface RenameState {
  readonly tables: Readonly<Record<string, string | null>>;
  readonly columns: Readonly<Record<string, string | null>>;
  readonly enums: Readonly<Record<string, string | null>>;
}

/** Same shape as `RenameHint` in `@schema-studio/diff` (which this package cannot import). */
export interface RenameHintLike {
  readonly kind: 'table' | 'column' | 'enum';
  readonly schema: string;
  readonly table?: string;
  readonly from: string;
  readonly to: string;
}

export const emptyRenameState: RenameState = { tables: {}, columns: {}, enums: {} };

const SEP = '\u0000';
const key2 = (schema: string, name: string) => `${schema}${SEP}${name}`;
const key3 = (schema: string, table: string, column: string) => `${schema}${SEP}${table}${SEP}${column}`;

function originOf(map: Readonly<Record<string, string | null>>, key: string, name: string): string | null {
  return key in map ? (map[key] ?? null) : name;
}

function without(map: Readonly<Record<string, string | null>>, key: string): Record<string, string | null> {
  const copy = { ...map };
  delete copy[key];
  return copy;
}

/** Moves an object's origin from its old key to its new key; drops the entry when it is back at its origin. */
function moveOrigin(
  map: Readonly<Record<string, string | null>>,
  fromKey: string,
  fromName: string,
  toKey: string,
  toName: string,
): Record<string, string | null> {
  const origin = originOf(map, fromKey, fromName);
  const rest = without(map, fromKey);
  if (origin === toName) return without(rest, toKey);
  return { ...rest, [toKey]: origin };
}

/** Column entries are keyed by their table's current name: follow a table rename. */
function rekeyColumns(
  columns: RenameState['columns'],
  schema: string,
  from: string,
  to: string,
): RenameState['columns'] {
  const prefix = `${schema}${SEP}${from}${SEP}`;
  const entries = Object.entries(columns).map(([k, v]) =>
    k.startsWith(prefix)
      ? ([`${schema}${SEP}${to}${SEP}${k.slice(prefix.length)}`, v] as const)
      : ([k, v] as const),
  );
  return Object.fromEntries(entries);
}

function dropColumnsOf(
  columns: RenameState['columns'],
  schema: string,
  table: string,
): RenameState['columns'] {
  const prefix = `${schema}${SEP}${table}${SEP}`;
  return Object.fromEntries(Object.entries(columns).filter(([k]) => !k.startsWith(prefix)));
}

/**
 * Follows one edit. `model` is the design before the edit (to tell whether the edit applies). The state of
 * a design loaded with saved hints comes from `renameStateFromHints`.
 */
export function trackRename(state: RenameState, edit: SchemaEdit, model: SchemaModel): RenameState {
  switch (edit.kind) {
    case 'table.add': {
      const { schema, name } = edit.table;
      if (model.tables.some((t) => t.schema === schema && t.name === name)) return state;
      const columns = Object.fromEntries(edit.table.columns.map((c) => [key3(schema, name, c.name), null]));
      return {
        ...state,
        tables: { ...state.tables, [key2(schema, name)]: null },
        columns: { ...dropColumnsOf(state.columns, schema, name), ...columns },
      };
    }
    case 'table.remove':
      return {
        ...state,
        tables: { ...state.tables, [key2(edit.schema, edit.name)]: null },
        columns: dropColumnsOf(state.columns, edit.schema, edit.name),
      };
    case 'table.rename': {
      const { schema, from, to } = edit;
      if (!model.tables.some((t) => t.schema === schema && t.name === from)) return state;
      if (model.tables.some((t) => t.schema === schema && t.name === to)) return state;
      return {
        ...state,
        tables: moveOrigin(state.tables, key2(schema, from), from, key2(schema, to), to),
        columns: rekeyColumns(dropColumnsOf(state.columns, schema, to), schema, from, to),
      };
    }
    case 'column.add': {
      const table = model.tables.find((t) => t.schema === edit.schema && t.name === edit.table);
      if (!table || table.columns.some((c) => c.name === edit.column.name)) return state;
      return {
        ...state,
        columns: { ...state.columns, [key3(edit.schema, edit.table, edit.column.name)]: null },
      };
    }
    case 'column.remove':
      // The name is now free: a column added later under it is new, not the baseline one.
      return { ...state, columns: { ...state.columns, [key3(edit.schema, edit.table, edit.name)]: null } };
    case 'column.rename': {
      const table = model.tables.find((t) => t.schema === edit.schema && t.name === edit.table);
      if (
        !table?.columns.some((c) => c.name === edit.from) ||
        table.columns.some((c) => c.name === edit.to)
      ) {
        return state;
      }
      const fromKey = key3(edit.schema, edit.table, edit.from);
      const toKey = key3(edit.schema, edit.table, edit.to);
      return { ...state, columns: moveOrigin(state.columns, fromKey, edit.from, toKey, edit.to) };
    }
    case 'enum.add':
      return { ...state, enums: { ...state.enums, [key2(edit.enum.schema, edit.enum.name)]: null } };
    case 'enum.remove':
      return { ...state, enums: { ...state.enums, [key2(edit.schema, edit.name)]: null } };
    case 'enum.rename': {
      const { schema, from, to } = edit;
      if (!model.enums.some((e) => e.schema === schema && e.name === from)) return state;
      if (model.enums.some((e) => e.schema === schema && e.name === to)) return state;
      return { ...state, enums: moveOrigin(state.enums, key2(schema, from), from, key2(schema, to), to) };
    }
    default:
      return state;
  }
}

/** The state equivalent to a list of saved hints (a project reopened). */
export function renameStateFromHints(
  hints: readonly (Omit<RenameHintLike, 'kind'> & { readonly kind: string })[],
): RenameState {
  const renamedTable = new Map(
    hints.filter((h) => h.kind === 'table').map((h) => [key2(h.schema, h.from), h.to]),
  );
  const tables: Record<string, string | null> = {};
  const columns: Record<string, string | null> = {};
  const enums: Record<string, string | null> = {};
  for (const h of hints) {
    if (h.kind === 'table') tables[key2(h.schema, h.to)] = h.from;
    if (h.kind === 'enum') enums[key2(h.schema, h.to)] = h.from;
    if (h.kind === 'column' && h.table !== undefined) {
      const current = renamedTable.get(key2(h.schema, h.table)) ?? h.table;
      columns[key3(h.schema, current, h.to)] = h.from;
    }
  }
  return { tables, columns, enums };
}

/**
 * The rename hints that take `baseline` to `design`: an object whose origin is a baseline object of another
 * name. Hints are only given when both ends exist (the design may also have changed through the SQL editor).
 * Column hints name the table as it is in the baseline.
 */
export function renameHints(
  baseline: SchemaModel,
  design: SchemaModel,
  state: RenameState,
): RenameHintLike[] {
  const baseTables = new Map(baseline.tables.map((t) => [key2(t.schema, t.name), t]));
  const hints: RenameHintLike[] = [];
  for (const table of design.tables) {
    const origin = originOf(state.tables, key2(table.schema, table.name), table.name);
    const base = origin === null ? undefined : baseTables.get(key2(table.schema, origin));
    if (!base) continue;
    if (base.name !== table.name)
      hints.push({ kind: 'table', schema: table.schema, from: base.name, to: table.name });
    for (const column of table.columns) {
      const from = originOf(state.columns, key3(table.schema, table.name, column.name), column.name);
      if (from !== null && from !== column.name && base.columns.some((c) => c.name === from)) {
        hints.push({ kind: 'column', schema: table.schema, table: base.name, from, to: column.name });
      }
    }
  }
  for (const e of design.enums) {
    const from = originOf(state.enums, key2(e.schema, e.name), e.name);
    if (
      from !== null &&
      from !== e.name &&
      baseline.enums.some((b) => b.schema === e.schema && b.name === from)
    ) {
      hints.push({ kind: 'enum', schema: e.schema, from, to: e.name });
    }
  }
  return hints;
}

/** Convenience: the hints of a sequence of edits applied to `baseline` (tests, scripts). */
export function deriveRenameHints(baseline: SchemaModel, edits: readonly SchemaEdit[]): RenameHintLike[] {
  let model = baseline;
  let state = emptyRenameState;
  for (const edit of edits) {
    state = trackRename(state, edit, model);
    model = applyEdit(model, edit);
  }
  return renameHints(baseline, model, state);
}
