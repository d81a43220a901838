import type { ForeignKeyDef, TableDef } from '@schema-studio/schema';

/**
 * How many rows stand on each side of a foreign key, read from the schema alone.
 *
 * Parent side (how many parents one child row has): exactly one when every key column is NOT NULL, else zero
 * or one. Child side (how many children one parent row has): the schema never forces a parent to have a
 * child, so the minimum is always zero; the maximum is one when the key columns are unique in the child (they
 * hold all the columns of the primary key, of a unique constraint or of a plain unique index), else many.
 */
export interface Cardinality {
  readonly parent: 'one' | 'zeroOrOne';
  readonly child: 'zeroOrOne' | 'zeroOrMany';
  /** Identifying: the key columns are part of the child's primary key, so a child cannot exist on its own. */
  readonly identifying: boolean;
}

export function cardinality(child: TableDef, key: ForeignKeyDef): Cardinality {
  const nullable = key.columns.some((name) => child.columns.find((c) => c.name === name)?.nullable ?? true);
  const primary = child.primaryKey?.columns ?? [];
  return {
    parent: nullable ? 'zeroOrOne' : 'one',
    child: uniqueColumnSets(child).some((set) => set.every((c) => key.columns.includes(c)))
      ? 'zeroOrOne'
      : 'zeroOrMany',
    identifying: key.columns.every((c) => primary.includes(c)),
  };
}

/** Column sets whose values are unique in the table. Partial and expression indexes do not count. */
export function uniqueColumnSets(table: TableDef): (readonly string[])[] {
  return [
    ...(table.primaryKey ? [table.primaryKey.columns] : []),
    ...table.uniques.map((u) => u.columns),
    ...table.indexes
      .filter((i) => i.unique && i.where === undefined && i.keys.every((k) => !k.expression))
      .map((i) => i.keys.map((k) => k.column)),
  ];
}

/** Mermaid's crow's-foot pair for `parent <left>--<right> child`: left marker at the parent, right at the child. */
export function crowsFoot(c: Cardinality): string {
  const left = c.parent === 'one' ? '||' : '|o';
  const right = c.child === 'zeroOrOne' ? 'o|' : 'o{';
  return `${left}${c.identifying ? '--' : '..'}${right}`;
}
