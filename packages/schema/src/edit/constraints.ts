import type { ForeignKeyDef, IndexDef, SchemaModel, TableDef, UniqueDef } from '../model.ts';
import { findTable, insertByName, updateTable } from './collections.ts';

/** Every name a relation's constraints and indexes use: PostgreSQL wants them unique per schema. */
function usedNames(table: TableDef): Set<string> {
  return new Set([
    ...(table.primaryKey ? [table.primaryKey.name] : []),
    ...table.foreignKeys.map((f) => f.name),
    ...table.uniques.map((u) => u.name),
    ...table.indexes.map((i) => i.name),
    ...table.checks.map((c) => c.name),
  ]);
}

export function addForeignKey(
  model: SchemaModel,
  schema: string,
  table: string,
  fk: ForeignKeyDef,
): SchemaModel {
  const target = findTable(model, fk.refSchema, fk.refTable);
  const targetHas = target && fk.refColumns.every((c) => target.columns.some((col) => col.name === c));
  if (!targetHas || fk.columns.length !== fk.refColumns.length || fk.columns.length === 0) return model;
  return updateTable(model, schema, table, (t) => {
    const columnsExist = fk.columns.every((c) => t.columns.some((col) => col.name === c));
    if (!columnsExist || usedNames(t).has(fk.name)) return t;
    return { ...t, foreignKeys: insertByName(t.foreignKeys, fk) };
  });
}

export function removeForeignKey(
  model: SchemaModel,
  schema: string,
  table: string,
  name: string,
): SchemaModel {
  return updateTable(model, schema, table, (t) =>
    t.foreignKeys.some((f) => f.name === name)
      ? { ...t, foreignKeys: t.foreignKeys.filter((f) => f.name !== name) }
      : t,
  );
}

export function addUnique(model: SchemaModel, schema: string, table: string, unique: UniqueDef): SchemaModel {
  return updateTable(model, schema, table, (t) => {
    const columnsExist =
      unique.columns.length > 0 && unique.columns.every((c) => t.columns.some((col) => col.name === c));
    if (!columnsExist || usedNames(t).has(unique.name)) return t;
    return { ...t, uniques: insertByName(t.uniques, unique) };
  });
}

export function removeUnique(model: SchemaModel, schema: string, table: string, name: string): SchemaModel {
  return updateTable(model, schema, table, (t) =>
    t.uniques.some((u) => u.name === name) ? { ...t, uniques: t.uniques.filter((u) => u.name !== name) } : t,
  );
}

export function addIndex(model: SchemaModel, schema: string, table: string, index: IndexDef): SchemaModel {
  return updateTable(model, schema, table, (t) => {
    if (index.keys.length === 0 || usedNames(t).has(index.name)) return t;
    return { ...t, indexes: insertByName(t.indexes, index) };
  });
}

export function removeIndex(model: SchemaModel, schema: string, table: string, name: string): SchemaModel {
  return updateTable(model, schema, table, (t) =>
    t.indexes.some((i) => i.name === name) ? { ...t, indexes: t.indexes.filter((i) => i.name !== name) } : t,
  );
}

/** A foreign key with PostgreSQL's defaults and its conventional name `<table>_<columns>_fkey`. */
export function foreignKey(
  table: string,
  columns: readonly string[],
  ref: { readonly schema: string; readonly table: string; readonly columns: readonly string[] },
): ForeignKeyDef {
  return {
    name: `${table}_${columns.join('_')}_fkey`,
    columns,
    refSchema: ref.schema,
    refTable: ref.table,
    refColumns: ref.columns,
    onUpdate: 'no action',
    onDelete: 'no action',
    match: 'simple',
    deferrable: false,
    initiallyDeferred: false,
  };
}
