import type { Dialect, ForeignKeyDef, IndexDef, IndexKeyDef, TableDef } from '@schema-studio/schema';

/**
 * A b-tree key of a table, whatever declares it: the primary key, a unique constraint or an index. The index
 * rules compare these, because PostgreSQL and MySQL back every primary key and unique constraint by an index.
 */
export interface KeyIndex {
  readonly kind: 'primaryKey' | 'unique' | 'index';
  readonly name: string;
  readonly unique: boolean;
  readonly keys: readonly IndexKeyDef[];
  /** The index itself when `kind` is `index`. */
  readonly index?: IndexDef;
}

const plainKey = (column: string): IndexKeyDef => ({ column });

/** The ordinary ordered access method: only it serves lookups by leading columns. */
export function isBtree(index: IndexDef): boolean {
  return index.method.toLowerCase() === 'btree';
}

/** Indexes whose leading columns can serve equality lookups: b-tree, whole-table (not partial). */
export function isPlainBtree(index: IndexDef): boolean {
  return isBtree(index) && index.where === undefined;
}

export function keyIndexes(table: TableDef): KeyIndex[] {
  const pk = table.primaryKey;
  return [
    ...(pk
      ? [{ kind: 'primaryKey' as const, name: pk.name, unique: true, keys: pk.columns.map(plainKey) }]
      : []),
    ...table.uniques.map((u) => ({
      kind: 'unique' as const,
      name: u.name,
      unique: true,
      keys: u.columns.map(plainKey),
    })),
    ...table.indexes
      .filter(isPlainBtree)
      .map((i) => ({ kind: 'index' as const, name: i.name, unique: i.unique, keys: i.keys, index: i })),
  ];
}

/** Whether two index keys order rows the same way (column or expression, direction, nulls, opclass, ...). */
export function sameKey(a: IndexKeyDef, b: IndexKeyDef): boolean {
  return (
    a.column === b.column &&
    Boolean(a.expression) === Boolean(b.expression) &&
    Boolean(a.descending) === Boolean(b.descending) &&
    a.nullsFirst === b.nullsFirst &&
    a.opclass === b.opclass &&
    a.collation === b.collation &&
    a.length === b.length
  );
}

/** Whether `short` is `long`'s first keys (or all of them). */
export function isLeadingPrefix(short: readonly IndexKeyDef[], long: readonly IndexKeyDef[]): boolean {
  return short.length <= long.length && short.every((k, i) => long[i] !== undefined && sameKey(k, long[i]));
}

/** Column names of the first `n` keys, or undefined when one of them is an expression or a column prefix. */
function leadingColumns(keys: readonly IndexKeyDef[], n: number): string[] | undefined {
  const lead = keys.slice(0, n);
  if (lead.length < n || lead.some((k) => k.expression || k.length !== undefined)) return undefined;
  return lead.map((k) => k.column);
}

/**
 * Whether a key can serve the lookups of a foreign key on `columns`. PostgreSQL looks rows up by equality on
 * all of them, so any order of the leading columns does; InnoDB wants them first and in the same order.
 */
export function leadsWith(key: KeyIndex, columns: readonly string[], dialect: Dialect): boolean {
  const lead = leadingColumns(key.keys, columns.length);
  if (lead === undefined) return false;
  if (dialect === 'mysql') return lead.every((c, i) => c === columns[i]);
  return columns.every((c) => lead.includes(c));
}

/**
 * Whether a partial index's predicate only says that some of `columns` are not null (`(user_id IS NOT NULL)`):
 * the reference check looks up `col = $1`, which PostgreSQL proves implies the predicate, so the index serves it.
 */
function onlyNotNull(where: string, columns: readonly string[]): boolean {
  const parts = where.replace(/^\((.*)\)$/, '$1').split(/\s+AND\s+/i);
  return parts.every((part) => {
    const name = /^\(?"?([^"()\s]+)"? IS NOT NULL\)?$/i.exec(part.trim())?.[1];
    return name !== undefined && columns.includes(name);
  });
}

function notNullPartials(table: TableDef, fk: ForeignKeyDef): KeyIndex[] {
  return table.indexes
    .filter((i) => isBtree(i) && i.where !== undefined && onlyNotNull(i.where, fk.columns))
    .map((i) => ({ kind: 'index' as const, name: i.name, unique: i.unique, keys: i.keys, index: i }));
}

/** Keys that serve the lookups a foreign key makes on its own table. */
export function supportingKeys(table: TableDef, fk: ForeignKeyDef, dialect: Dialect): KeyIndex[] {
  const candidates =
    dialect === 'postgres' ? [...keyIndexes(table), ...notNullPartials(table, fk)] : keyIndexes(table);
  return candidates.filter((k) => leadsWith(k, fk.columns, dialect));
}
