import type { ColumnDef, ForeignKeyDef, IndexDef, SchemaModel, TableDef } from '../model.ts';
import { qualifiedKey } from '../names.ts';
import { mapTables, updateTable, withOptional } from './collections.ts';

function hasColumn(table: TableDef, name: string): boolean {
  return table.columns.some((c) => c.name === name);
}

function updateColumn(
  model: SchemaModel,
  schema: string,
  table: string,
  name: string,
  update: (column: ColumnDef) => ColumnDef,
): SchemaModel {
  return updateTable(model, schema, table, (t) => {
    if (!hasColumn(t, name)) return t;
    return { ...t, columns: t.columns.map((c) => (c.name === name ? update(c) : c)) };
  });
}

export function addColumn(
  model: SchemaModel,
  schema: string,
  table: string,
  column: ColumnDef,
  index?: number,
): SchemaModel {
  return updateTable(model, schema, table, (t) => {
    if (hasColumn(t, column.name) || column.name === '') return t;
    const columns = [...t.columns];
    columns.splice(index ?? columns.length, 0, column);
    return { ...t, columns };
  });
}

const rename = (names: readonly string[], from: string, to: string) =>
  names.map((n) => (n === from ? to : n));

function renameInIndex(index: IndexDef, from: string, to: string): IndexDef {
  const touches = index.keys.some((k) => !k.expression && k.column === from) || index.include?.includes(from);
  if (!touches) return index;
  return {
    ...index,
    keys: index.keys.map((k) => (!k.expression && k.column === from ? { ...k, column: to } : k)),
    ...(index.include ? { include: rename(index.include, from, to) } : {}),
  };
}

function pointsAt(fk: ForeignKeyDef, schema: string, table: string): boolean {
  return fk.refSchema === schema && fk.refTable === table;
}

/** Renames a column and every reference to it: keys, indexes, foreign keys on both ends, owned sequences. */
export function renameColumn(
  model: SchemaModel,
  schema: string,
  table: string,
  from: string,
  to: string,
): SchemaModel {
  const inTable = updateTable(model, schema, table, (t) => {
    if (!hasColumn(t, from) || hasColumn(t, to) || to === '' || from === to) return t;
    return {
      ...t,
      columns: t.columns.map((c) => (c.name === from ? { ...c, name: to } : c)),
      ...(t.primaryKey
        ? { primaryKey: { ...t.primaryKey, columns: rename(t.primaryKey.columns, from, to) } }
        : {}),
      foreignKeys: t.foreignKeys.map((fk) => ({ ...fk, columns: rename(fk.columns, from, to) })),
      uniques: t.uniques.map((u) => ({ ...u, columns: rename(u.columns, from, to) })),
      indexes: t.indexes.map((i) => renameInIndex(i, from, to)),
    };
  });
  if (inTable === model) return model;
  const referencing = mapTables(inTable, (t) =>
    t.foreignKeys.some((fk) => pointsAt(fk, schema, table) && fk.refColumns.includes(from))
      ? {
          ...t,
          foreignKeys: t.foreignKeys.map((fk) =>
            pointsAt(fk, schema, table) ? { ...fk, refColumns: rename(fk.refColumns, from, to) } : fk,
          ),
        }
      : t,
  );
  const key = qualifiedKey(schema, table);
  const sequences = referencing.sequences.map((s) =>
    s.ownedBy?.table === key && s.ownedBy.column === from ? { ...s, ownedBy: { table: key, column: to } } : s,
  );
  return { ...referencing, sequences };
}

function indexUses(index: IndexDef, column: string): boolean {
  return (
    index.keys.some((k) => !k.expression && k.column === column) || (index.include?.includes(column) ?? false)
  );
}

/** Removes a column with the constraints and indexes built on it (as PostgreSQL's DROP COLUMN does). */
export function removeColumn(model: SchemaModel, schema: string, table: string, name: string): SchemaModel {
  const inTable = updateTable(model, schema, table, (t) => {
    if (!hasColumn(t, name)) return t;
    const pkUses = t.primaryKey?.columns.includes(name) ?? false;
    return {
      ...withOptional(t, 'primaryKey', pkUses ? undefined : t.primaryKey),
      columns: t.columns.filter((c) => c.name !== name),
      foreignKeys: t.foreignKeys.filter((fk) => !fk.columns.includes(name)),
      uniques: t.uniques.filter((u) => !u.columns.includes(name)),
      indexes: t.indexes.filter((i) => !indexUses(i, name)),
    };
  });
  if (inTable === model) return model;
  const referencing = mapTables(inTable, (t) =>
    t.foreignKeys.some((fk) => pointsAt(fk, schema, table) && fk.refColumns.includes(name))
      ? {
          ...t,
          foreignKeys: t.foreignKeys.filter(
            (fk) => !(pointsAt(fk, schema, table) && fk.refColumns.includes(name)),
          ),
        }
      : t,
  );
  const key = qualifiedKey(schema, table);
  const sequences = referencing.sequences.filter(
    (s) => !(s.ownedBy?.table === key && s.ownedBy.column === name),
  );
  return sequences.length === referencing.sequences.length ? referencing : { ...referencing, sequences };
}

export function setColumnType(model: SchemaModel, schema: string, table: string, name: string, type: string) {
  if (type.trim() === '') return model;
  return updateColumn(model, schema, table, name, (c) => ({ ...c, type: type.trim() }));
}

export function setColumnNullable(
  model: SchemaModel,
  schema: string,
  table: string,
  name: string,
  nullable: boolean,
): SchemaModel {
  return updateColumn(model, schema, table, name, (c) => (c.nullable === nullable ? c : { ...c, nullable }));
}

export function setColumnDefault(
  model: SchemaModel,
  schema: string,
  table: string,
  name: string,
  value?: string,
) {
  return updateColumn(model, schema, table, name, (c) => withOptional(c, 'default', value?.trim()));
}

export function setColumnComment(
  model: SchemaModel,
  schema: string,
  table: string,
  name: string,
  comment?: string,
) {
  return updateColumn(model, schema, table, name, (c) => withOptional(c, 'comment', comment));
}

/** Moves a column to position `to` (clamped); the others keep their relative order. */
export function moveColumn(
  model: SchemaModel,
  schema: string,
  table: string,
  name: string,
  to: number,
): SchemaModel {
  return updateTable(model, schema, table, (t) => {
    const from = t.columns.findIndex((c) => c.name === name);
    const column = t.columns[from];
    const target = Math.max(0, Math.min(to, t.columns.length - 1));
    if (column === undefined || from === target) return t;
    const columns = t.columns.filter((c) => c !== column);
    columns.splice(target, 0, column);
    return { ...t, columns };
  });
}
