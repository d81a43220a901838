import type { ColumnDef, TableDef } from '@schema-studio/schema';

export interface ColumnMarkers {
  readonly pk: boolean;
  readonly fk: boolean;
  readonly unique: boolean;
  readonly notNull: boolean;
}

/** Markers of every column of a table, computed once per table object. */
export function columnMarkers(table: TableDef): ReadonlyMap<string, ColumnMarkers> {
  const pk = new Set(table.primaryKey?.columns ?? []);
  const fk = new Set(table.foreignKeys.flatMap((f) => f.columns));
  const unique = new Set([
    ...table.uniques.filter((u) => u.columns.length === 1).flatMap((u) => u.columns),
    ...table.indexes
      .filter((i) => i.unique && i.keys.length === 1 && !i.keys[0]?.expression)
      .map((i) => i.keys[0]?.column ?? ''),
  ]);
  return new Map(
    table.columns.map((c: ColumnDef) => [
      c.name,
      { pk: pk.has(c.name), fk: fk.has(c.name), unique: unique.has(c.name), notNull: !c.nullable },
    ]),
  );
}
