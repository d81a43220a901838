import type { ForeignKeyDef, TableDef } from '@schema-studio/schema';

/** One end of a relationship line: how many rows (one/many) and whether there must be one (mandatory). */
export interface RelationEnd {
  readonly cardinality: 'one' | 'many';
  readonly optionality: 'optional' | 'mandatory';
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((c) => b.includes(c));

/** True when the columns are the primary key, a unique constraint or a plain unique index: one row per value. */
export function isUniqueColumnSet(table: TableDef, columns: readonly string[]): boolean {
  if (table.primaryKey && sameSet(table.primaryKey.columns, columns)) return true;
  if (table.uniques.some((u) => sameSet(u.columns, columns))) return true;
  return table.indexes.some(
    (i) =>
      i.unique &&
      i.where === undefined &&
      i.keys.every((k) => !k.expression) &&
      sameSet(
        i.keys.map((k) => k.column),
        columns,
      ),
  );
}

/**
 * The crow's-foot ends of a foreign key of `table` (the child). The parent end is exactly one, mandatory when
 * every FK column is NOT NULL (a child row must have a parent) and optional otherwise. The child end is zero
 * or many, or zero or one when the FK columns are unique (a one-to-one relationship).
 */
export function relationEnds(
  table: TableDef,
  fk: ForeignKeyDef,
): { child: RelationEnd; parent: RelationEnd } {
  const nullable = fk.columns.some((name) => table.columns.find((c) => c.name === name)?.nullable ?? true);
  return {
    child: { cardinality: isUniqueColumnSet(table, fk.columns) ? 'one' : 'many', optionality: 'optional' },
    parent: { cardinality: 'one', optionality: nullable ? 'optional' : 'mandatory' },
  };
}

/** The id of the SVG marker that draws an end (see `CrowsFootMarkers`). */
export function markerId(end: RelationEnd): string {
  return `cf-${end.cardinality}-${end.optionality}`;
}

export function describeEnd(end: RelationEnd): string {
  const count = end.cardinality === 'one' ? 'one' : 'many';
  return end.optionality === 'mandatory'
    ? `exactly ${count === 'one' ? 'one' : 'one or more'}`
    : `zero or ${count}`;
}
