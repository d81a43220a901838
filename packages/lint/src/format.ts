import { displayName, type IndexKeyDef, type TableDef } from '@schema-studio/schema';

/** `public.film` on PostgreSQL, `film` on MySQL. */
export function tableName(table: Pick<TableDef, 'schema' | 'name'>): string {
  return displayName(table.schema, table.name);
}

/** `(a, b DESC)`, as people read an index's keys. */
export function keyList(keys: readonly IndexKeyDef[]): string {
  const one = (k: IndexKeyDef) =>
    `${k.expression ? `(${k.column})` : k.column}${k.length !== undefined ? `(${k.length})` : ''}${k.descending ? ' DESC' : ''}`;
  return `(${keys.map(one).join(', ')})`;
}

export function columnList(columns: readonly string[]): string {
  return `(${columns.join(', ')})`;
}
