import type { ForeignKeyDef, SchemaModel, SequenceDef, TableDef } from '../model.ts';
import { qualifiedKey } from '../names.ts';
import {
  findTable,
  insertQualified,
  mapTables,
  sortByName,
  updateTable,
  withOptional,
} from './collections.ts';

/** A new table: no constraints beyond what the caller gives, nested arrays in canonical order. */
export function addTable(model: SchemaModel, table: TableDef): SchemaModel {
  if (findTable(model, table.schema, table.name)) return model;
  const normalized: TableDef = {
    ...table,
    foreignKeys: sortByName(table.foreignKeys),
    uniques: sortByName(table.uniques),
    checks: sortByName(table.checks),
    exclusions: sortByName(table.exclusions),
    indexes: sortByName(table.indexes),
    triggers: sortByName(table.triggers),
    policies: sortByName(table.policies),
  };
  const withSchema = model.schemas.some((s) => s.name === table.schema)
    ? model
    : { ...model, schemas: sortByName([...model.schemas, { name: table.schema }]) };
  return { ...withSchema, tables: insertQualified(model.tables, normalized) };
}

function referencesTable(fk: ForeignKeyDef, schema: string, name: string): boolean {
  return fk.refSchema === schema && fk.refTable === name;
}

/** Removes a table, the foreign keys that point at it, and the sequences it owns (they go with it). */
export function removeTable(model: SchemaModel, schema: string, name: string): SchemaModel {
  if (!findTable(model, schema, name)) return model;
  const key = qualifiedKey(schema, name);
  const rest = { ...model, tables: model.tables.filter((t) => !(t.schema === schema && t.name === name)) };
  const sequences = model.sequences.filter((s) => s.ownedBy?.table !== key);
  const cleaned = mapTables(rest, (t) =>
    t.foreignKeys.some((fk) => referencesTable(fk, schema, name))
      ? { ...t, foreignKeys: t.foreignKeys.filter((fk) => !referencesTable(fk, schema, name)) }
      : t,
  );
  return sequences.length === model.sequences.length ? cleaned : { ...cleaned, sequences };
}

function renameOwner(sequence: SequenceDef, fromKey: string, toKey: string): SequenceDef {
  const owner = sequence.ownedBy;
  return owner?.table === fromKey ? { ...sequence, ownedBy: { ...owner, table: toKey } } : sequence;
}

/** Renames a table and every reference to it: foreign keys elsewhere, owned sequences. */
export function renameTable(model: SchemaModel, schema: string, from: string, to: string): SchemaModel {
  const table = findTable(model, schema, from);
  if (!table || from === to || to === '' || findTable(model, schema, to)) return model;
  const removed = { ...model, tables: model.tables.filter((t) => t !== table) };
  const renamed = { ...removed, tables: insertQualified(removed.tables, { ...table, name: to }) };
  const fromKey = qualifiedKey(schema, from);
  const toKey = qualifiedKey(schema, to);
  const retargeted = mapTables(renamed, (t) =>
    t.foreignKeys.some((fk) => referencesTable(fk, schema, from))
      ? {
          ...t,
          foreignKeys: t.foreignKeys.map((fk) =>
            referencesTable(fk, schema, from) ? { ...fk, refTable: to } : fk,
          ),
        }
      : t,
  );
  return { ...retargeted, sequences: retargeted.sequences.map((s) => renameOwner(s, fromKey, toKey)) };
}

export function setTableComment(
  model: SchemaModel,
  schema: string,
  name: string,
  comment?: string,
): SchemaModel {
  return updateTable(model, schema, name, (t) => withOptional(t, 'comment', comment));
}

/** Sets the primary key's columns; an empty list drops it. The constraint keeps its name, or gets `<table>_pkey`. */
export function setPrimaryKey(
  model: SchemaModel,
  schema: string,
  name: string,
  columns: readonly string[],
): SchemaModel {
  return updateTable(model, schema, name, (t) => {
    const known = columns.filter((c) => t.columns.some((col) => col.name === c));
    if (known.length === 0) return withOptional(t, 'primaryKey', undefined);
    const pkName = t.primaryKey?.name ?? `${name}_pkey`;
    // Primary key columns are NOT NULL in PostgreSQL; the design says so too, so the re-diff stays empty.
    const cols = t.columns.map((c) => (known.includes(c.name) && c.nullable ? { ...c, nullable: false } : c));
    return { ...t, columns: cols, primaryKey: { ...t.primaryKey, name: pkName, columns: known } };
  });
}
