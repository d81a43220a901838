import type { SchemaModel, TableDef } from '../model.ts';
import { compareQualified, compareStrings } from '../normalize.ts';

/**
 * Helpers that keep a model in canonical order while replacing as little as possible: every untouched table
 * keeps its object identity, so a view over one table (a canvas node) can tell it did not change.
 */

export function findTable(model: SchemaModel, schema: string, name: string): TableDef | undefined {
  return model.tables.find((t) => t.schema === schema && t.name === name);
}

/** Replaces one table through `update`; unknown tables leave the model as it is. */
export function updateTable(
  model: SchemaModel,
  schema: string,
  name: string,
  update: (table: TableDef) => TableDef,
): SchemaModel {
  const index = model.tables.findIndex((t) => t.schema === schema && t.name === name);
  const table = model.tables[index];
  if (table === undefined) return model;
  const next = update(table);
  if (next === table) return model;
  const tables = [...model.tables];
  tables[index] = next;
  return { ...model, tables };
}

/** Applies `update` to every table, keeping the identity of the tables it returns unchanged. */
export function mapTables(model: SchemaModel, update: (table: TableDef) => TableDef): SchemaModel {
  let changed = false;
  const tables = model.tables.map((t) => {
    const next = update(t);
    if (next !== t) changed = true;
    return next;
  });
  return changed ? { ...model, tables } : model;
}

/** Inserts into an array sorted by (schema, name). */
export function insertQualified<T extends { readonly schema: string; readonly name: string }>(
  items: readonly T[],
  item: T,
): T[] {
  const at = items.findIndex((i) => compareQualified(item, i) < 0);
  const next = [...items];
  next.splice(at === -1 ? next.length : at, 0, item);
  return next;
}

/** Inserts into an array sorted by name (nested arrays: foreign keys, indexes, uniques). */
export function insertByName<T extends { readonly name: string }>(items: readonly T[], item: T): T[] {
  return [...items.filter((i) => i.name !== item.name), item].sort((a, b) => compareStrings(a.name, b.name));
}

export function sortByName<T extends { readonly name: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareStrings(a.name, b.name));
}

/** Copies `value` without the key `key`: optional fields are omitted, never `undefined`. */
export function withOptional<T extends object, K extends keyof T>(
  value: T,
  key: K,
  next: T[K] | undefined,
): T {
  const copy = { ...value };
  if (next === undefined || next === '') delete copy[key];
  else copy[key] = next;
  return copy;
}
