import type { SchemaModel, TableDef } from '@schema-studio/schema';
import type { FindingObject } from '../types.ts';

function tableParts(table: TableDef, isMysql: boolean): FindingObject[] {
  const on = { schema: table.schema, table: table.name };
  // MySQL names every primary key PRIMARY; that name is not the user's to choose.
  const pk = table.primaryKey && !isMysql ? [table.primaryKey] : [];
  const table_: FindingObject = { kind: 'table', schema: table.schema, name: table.name };
  // A partition repeats its parent's columns; the parent's findings are enough.
  if (table.partitionOf) return [table_];
  return [
    table_,
    ...table.columns.map((c) => ({ kind: 'column' as const, ...on, name: c.name })),
    ...pk.map((k) => ({ kind: 'primaryKey' as const, ...on, name: k.name })),
    ...table.foreignKeys.map((k) => ({ kind: 'foreignKey' as const, ...on, name: k.name })),
    ...[...table.uniques, ...table.checks, ...table.exclusions].map((k) => ({
      kind: 'constraint' as const,
      ...on,
      name: k.name,
    })),
    ...table.indexes.map((i) => ({ kind: 'index' as const, ...on, name: i.name })),
  ];
}

/** Every name a person chose in the model's tables and views: what the identifier rules look at. */
export function namedObjects(model: SchemaModel): FindingObject[] {
  const isMysql = model.dialect === 'mysql';
  const views = model.views.map((v) => ({ kind: 'view' as const, schema: v.schema, name: v.name }));
  return [...model.tables.flatMap((t) => tableParts(t, isMysql)), ...views];
}
