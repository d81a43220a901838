import { displayName, type IndexKeyDef, type TableDef } from '@schema-studio/schema';
import type { FindingObject } from './types.ts';

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

const KIND_WORDS: Partial<Record<FindingObject['kind'], string>> = {
  foreignKey: 'foreign key',
  primaryKey: 'primary key',
};

/** `column public.film.title`, `index film_title_idx on public.film`, `table public.film`: as messages name them. */
export function objectLabel(object: FindingObject): string {
  const kind = KIND_WORDS[object.kind] ?? object.kind;
  if (object.table === undefined) return `${kind} ${displayName(object.schema, object.name)}`;
  const table = displayName(object.schema, object.table);
  return object.kind === 'column' ? `column ${table}.${object.name}` : `${kind} ${object.name} on ${table}`;
}

/** Bytes in binary units, as messages and the canvas show sizes: 8 kB, 1.5 MB. */
export function shortBytes(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const text = unit === 0 || value >= 10 ? String(Math.round(value)) : value.toFixed(1).replace(/\.0$/, '');
  return `${text} ${units[unit]}`;
}
