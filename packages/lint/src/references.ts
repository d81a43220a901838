import type { ColumnDef, SchemaModel, TableDef } from '@schema-studio/schema';

export interface ReferencedKey {
  readonly table: TableDef;
  readonly column: ColumnDef;
}

/** Table names a `<stem>_id` column may point at: the stem, and its English plurals. */
function tableCandidates(stem: string): string[] {
  const plurals = [`${stem}s`, `${stem}es`];
  if (/[^aeiou]y$/.test(stem)) plurals.push(`${stem.slice(0, -1)}ies`);
  return [stem, ...plurals];
}

/** Same schema first: a reference usually stays within its schema, and a stem may exist in several. */
function findTarget(model: SchemaModel, from: TableDef, stem: string): TableDef | undefined {
  const names = tableCandidates(stem.toLowerCase());
  const matches = model.tables.filter(
    (t) => names.includes(t.name.toLowerCase()) && t.partitionOf === undefined,
  );
  const local = matches.filter((t) => t.schema === from.schema);
  if (local.length > 0) return local[0];
  return matches.length === 1 ? matches[0] : undefined;
}

/**
 * The single-column primary key that `<stem>_id` in `from` names (`customer_id` → `customers.id` or
 * `customer.customer_id`), or undefined. A table's own primary key column is not a reference to itself.
 */
export function referencedKey(
  model: SchemaModel,
  from: TableDef,
  columnName: string,
): ReferencedKey | undefined {
  const stem = /^(.+)_id$/i.exec(columnName)?.[1];
  if (stem === undefined) return undefined;
  const table = findTarget(model, from, stem);
  const pk = table?.primaryKey?.columns;
  if (table === undefined || pk?.length !== 1 || pk[0] === undefined) return undefined;
  const key = pk[0];
  if (key.toLowerCase() !== 'id' && key.toLowerCase() !== columnName.toLowerCase()) return undefined;
  if (table === from && key === columnName) return undefined;
  const column = table.columns.find((c) => c.name === key);
  return column ? { table, column } : undefined;
}
