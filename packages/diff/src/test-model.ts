/** A tiny builder for hand-made models in tests: `public` schema and empty collections unless said otherwise. */
import {
  type ColumnDef,
  type EnumDef,
  emptyModel,
  type IndexDef,
  type RoutineDef,
  type SchemaModel,
  type TableDef,
  tableDef,
  type ViewDef,
} from '@schema-studio/schema';

type Writable<T> = { -readonly [K in keyof T]?: T[K] };

export function model(parts: Writable<SchemaModel> = {}): SchemaModel {
  return { ...emptyModel(), ...parts };
}

export function col(name: string, type: string, extra: Writable<ColumnDef> = {}): ColumnDef {
  return { name, type, nullable: true, ...extra };
}

export function table(name: string, columns: readonly ColumnDef[], extra: Writable<TableDef> = {}): TableDef {
  return tableDef({ schema: 'public', name, columns, ...extra });
}

export function pk(tableName: string, ...columns: string[]) {
  return { name: `${tableName}_pkey`, columns };
}

export function index(name: string, columns: readonly string[], extra: Writable<IndexDef> = {}): IndexDef {
  return { name, unique: false, method: 'btree', keys: columns.map((column) => ({ column })), ...extra };
}

export function view(
  name: string,
  definition: string,
  dependsOn: readonly string[],
  extra: Writable<ViewDef> = {},
): ViewDef {
  return {
    schema: 'public',
    name,
    materialized: false,
    definition,
    columns: [],
    indexes: [],
    triggers: [],
    dependsOn,
    ...extra,
  };
}

export function enumType(name: string, values: readonly string[], extra: Writable<EnumDef> = {}): EnumDef {
  return { schema: 'public', name, values, ...extra };
}

export function fn(
  name: string,
  args: string,
  definition: string,
  extra: Writable<RoutineDef> = {},
): RoutineDef {
  return {
    schema: 'public',
    name,
    kind: 'function',
    args,
    returns: 'integer',
    language: 'sql',
    definition,
    ...extra,
  };
}

/** Replaces the table named `name` in a model. */
export function withTable(m: SchemaModel, name: string, edit: (t: TableDef) => TableDef): SchemaModel {
  return { ...m, tables: m.tables.map((t) => (t.name === name ? edit(t) : t)) };
}
