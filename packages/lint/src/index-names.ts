import type { Dialect, TableDef } from '@schema-studio/schema';
import { IDENTIFIER_LIMIT, identifierLength } from './identifiers/dialect-names.ts';

function usedNames(table: TableDef): Set<string> {
  const named = [
    ...table.foreignKeys,
    ...table.uniques,
    ...table.indexes,
    ...table.checks,
    ...table.exclusions,
  ];
  return new Set([...(table.primaryKey ? [table.primaryKey.name] : []), ...named.map((x) => x.name)]);
}

/** `base` shortened until `base + tail` fits the dialect's limit, so the suffix survives. */
function fitWithTail(base: string, tail: string, dialect: Dialect): string {
  let cut = base;
  while (cut.length > 0 && identifierLength(cut + tail, dialect) > IDENTIFIER_LIMIT[dialect])
    cut = cut.slice(0, -1);
  return cut + tail;
}

/**
 * `<table>_<columns>_<suffix>` (PostgreSQL's own convention), cut to the dialect's limit and numbered when
 * taken: the reducer refuses a name the table already uses.
 */
export function freshName(
  table: TableDef,
  columns: readonly string[],
  suffix: string,
  dialect: Dialect,
): string {
  const used = usedNames(table);
  const base = `${table.name}_${columns.join('_')}`;
  for (let n = 0; ; n++) {
    const candidate = fitWithTail(base, `_${suffix}${n === 0 ? '' : n}`, dialect);
    if (!used.has(candidate)) return candidate;
  }
}
