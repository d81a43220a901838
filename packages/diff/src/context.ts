/**
 * Everything the differ needs to know about how the two models correspond: which objects pair up
 * (by name or through a rename hint), which must be recreated, and which tables are disturbed in ways that
 * force dependent views and foreign keys to be rebuilt. Computed once; the per-kind differs only read it.
 */
import {
  type CheckDef,
  type ColumnDef,
  type EnumDef,
  type ExclusionDef,
  type ForeignKeyDef,
  type IndexDef,
  type PolicyDef,
  type PrimaryKeyDef,
  qualifiedKey,
  type SchemaModel,
  type TableDef,
  type TriggerDef,
  type UniqueDef,
} from '@schema-studio/schema';
import { sameIgnoring, sameList } from './equality.ts';
import { identicalPairing, type Pairing, pairObjects, splitRecreated } from './pairing.ts';
import type { RenameMap } from './renames.ts';
import { mentionsIdentifier, referencedTypeKey } from './type-refs.ts';

export interface TablePair {
  readonly from: TableDef;
  readonly to: TableDef;
  readonly fromKey: string;
  readonly renamed: boolean;
  readonly columns: Pairing<ColumnDef>;
  /** The `to` name of a `from` column of this table. */
  readonly columnName: (fromName: string) => string;
  primaryKey: Pairing<PrimaryKeyDef>;
  uniques: Pairing<UniqueDef>;
  checks: Pairing<CheckDef>;
  exclusions: Pairing<ExclusionDef>;
  indexes: Pairing<IndexDef>;
  foreignKeys: Pairing<ForeignKeyDef>;
  triggers: Pairing<TriggerDef>;
  policies: Pairing<PolicyDef>;
}

export type EnumEvolution = 'same' | 'addValues' | 'replace';

export interface DiffContext {
  readonly from: SchemaModel;
  readonly to: SchemaModel;
  readonly renames: RenameMap;
  readonly enums: Pairing<EnumDef>;
  /** Keyed by the enum's `from` key. */
  readonly enumEvolution: ReadonlyMap<string, EnumEvolution>;
  readonly tables: Pairing<TableDef>;
  /**
   * Matched tables that may yield a change, in model order. A table that is the same object on both sides, with
   * no rename hint inside it, no column of a replaced enum and no foreign key into a table that changed, cannot:
   * it is left out, so an edit to a large design costs what the edit touches, not what the design holds.
   */
  readonly tablePairs: readonly TablePair[];
  /** The pair of any matched table by its `from` key, left-out tables included (made on demand). */
  readonly pairOf: (fromKey: string) => TablePair | undefined;
  /**
   * `from` keys of tables dropped (`null`: every column is gone), or with columns dropped or retyped (those
   * columns' names): a view reading a dropped table, or naming one of those columns, must be rebuilt.
   */
  readonly disturbedTables: ReadonlyMap<string, ReadonlySet<string> | null>;
}

const tableKey = (t: { readonly schema: string; readonly name: string }) => qualifiedKey(t.schema, t.name);
const byName = <T extends { readonly name: string }>(item: T) => item.name;
const columnRef = (fromTableKey: string, column: string) => JSON.stringify([fromTableKey, column]);

export function buildContext(from: SchemaModel, to: SchemaModel, renames: RenameMap): DiffContext {
  const enums = pairObjects(from.enums, to.enums, tableKey, (key) =>
    renamedTop(renames, 'enum', key, from.enums),
  );
  const enumEvolution = new Map(enums.matched.map(([a, b]) => [tableKey(a), evolveEnum(a, b)] as const));
  const tables = splitRecreated(
    pairObjects(from.tables, to.tables, tableKey, (key) => renamedTop(renames, 'table', key, from.tables)),
    (a, b) => a.partitionBy !== b.partitionBy,
  );
  const replacedEnums = new Set([...enumEvolution].filter(([, e]) => e === 'replace').map(([k]) => k));
  const active = activeTables(tables, renames, replacedEnums);
  const tablePairs = active.map(([a, b]) => pairTable(a, b, tables.renamed, renames));
  const pairOf = pairLookup(tables, tablePairs, renames);
  const retyped = retypedColumns(tablePairs, replacedEnums);
  const disturbedTables = new Map<string, ReadonlySet<string> | null>(
    tables.dropped.map((t) => [tableKey(t), null] as const),
  );
  for (const pair of tablePairs) {
    const columns = [
      ...pair.columns.dropped.map(byName),
      ...pair.columns.matched
        .filter(([c]) => retyped.has(columnRef(pair.fromKey, c.name)))
        .map(([c]) => c.name),
    ];
    if (columns.length > 0) disturbedTables.set(pair.fromKey, new Set(columns));
  }
  const context = {
    from,
    to,
    renames,
    enums,
    enumEvolution,
    tables,
    tablePairs,
    pairOf,
    disturbedTables,
  };
  for (const pair of tablePairs) pairInnerObjects(pair, renames, retyped);
  // Foreign keys last: whether one must be rebuilt depends on the referenced table's keys and columns.
  for (const pair of tablePairs) pairForeignKeys(pair, renames, context, retyped);
  return context;
}

/**
 * The matched tables worth pairing part by part (see `DiffContext.tablePairs`): changed ones, plus quiet ones
 * whose foreign keys reference a changed, renamed, recreated or dropped table (the key may need rebuilding).
 * One level is enough: a quiet table's own keys and columns do not change, so nothing referencing it must move.
 */
function activeTables(
  tables: Pairing<TableDef>,
  renames: RenameMap,
  replacedEnums: ReadonlySet<string>,
): (readonly [TableDef, TableDef])[] {
  const isQuiet = ([a, b]: readonly [TableDef, TableDef]) =>
    untouched(a, b, renames) && !usesAnyType(a, replacedEnums);
  const quiet = new Set(tables.matched.filter(isQuiet).map(([a]) => a));
  const quietKeys = new Set([...quiet].map(tableKey));
  const referencesChange = (table: TableDef) =>
    table.foreignKeys.some((fk) => !quietKeys.has(qualifiedKey(fk.refSchema, fk.refTable)));
  return tables.matched.filter(([a]) => !quiet.has(a) || referencesChange(a));
}

function usesAnyType(table: TableDef, typeKeys: ReadonlySet<string>): boolean {
  if (typeKeys.size === 0) return false;
  return table.columns.some((c) => {
    const key = referencedTypeKey(c.type);
    return key !== undefined && typeKeys.has(key);
  });
}

/** Finds a matched table's pair; a left-out table gets one on demand, every part paired with itself. */
function pairLookup(
  tables: Pairing<TableDef>,
  pairs: readonly TablePair[],
  renames: RenameMap,
): (fromKey: string) => TablePair | undefined {
  const known = new Map(pairs.map((p) => [p.fromKey, p] as const));
  let matchedByKey: Map<string, readonly [TableDef, TableDef]> | undefined;
  return (fromKey) => {
    const pair = known.get(fromKey);
    if (pair) return pair;
    matchedByKey ??= new Map(tables.matched.map((m) => [tableKey(m[0]), m] as const));
    const match = matchedByKey.get(fromKey);
    if (!match) return undefined;
    const quiet = pairTable(match[0], match[1], tables.renamed, renames);
    pairIdentically(quiet);
    known.set(fromKey, quiet);
    return quiet;
  };
}

function pairIdentically(pair: TablePair): void {
  const table = pair.from;
  pair.primaryKey = identicalPairing(table.primaryKey ? [table.primaryKey] : []);
  pair.uniques = identicalPairing(table.uniques);
  pair.checks = identicalPairing(table.checks);
  pair.exclusions = identicalPairing(table.exclusions);
  pair.indexes = identicalPairing(table.indexes);
  pair.triggers = identicalPairing(table.triggers);
  pair.policies = identicalPairing(table.policies);
  pair.foreignKeys = identicalPairing(table.foreignKeys);
}

/** The `to` key of a top-level object hinted as renamed (rename hints keep the schema). */
function renamedTop(
  renames: RenameMap,
  kind: 'table' | 'enum' | 'view' | 'sequence',
  key: string,
  items: readonly { readonly schema: string; readonly name: string }[],
): string | undefined {
  const item = indexByKey(items).get(key);
  const to = item && renames.renamedTo(kind, item.schema, item.name);
  return item && to !== undefined ? qualifiedKey(item.schema, to) : undefined;
}

/** Items by `schema.name`, built once per list: a linear search per lookup made large diffs quadratic. */
const byKeyCache = new WeakMap<object, Map<string, { readonly schema: string; readonly name: string }>>();
function indexByKey<T extends { readonly schema: string; readonly name: string }>(
  items: readonly T[],
): Map<string, T> {
  let index = byKeyCache.get(items);
  if (!index) {
    index = new Map(items.map((i) => [tableKey(i), i]));
    byKeyCache.set(items, index);
  }
  return index as Map<string, T>;
}

export { renamedTop };

function evolveEnum(from: EnumDef, to: EnumDef): EnumEvolution {
  if (sameList(from.values, to.values)) return 'same';
  let next = 0;
  for (const value of to.values) if (from.values[next] === value) next++;
  return next === from.values.length ? 'addValues' : 'replace';
}

function pairTable(
  from: TableDef,
  to: TableDef,
  renamedTables: readonly (readonly [TableDef, TableDef])[],
  renames: RenameMap,
): TablePair {
  const columns = untouched(from, to, renames)
    ? identicalPairing(from.columns)
    : splitRecreated(
        pairObjects(from.columns, to.columns, byName, (name) =>
          renames.renamedTo('column', from.schema, name, from.name),
        ),
        (a, b) => a.generated !== b.generated,
      );
  const names = new Map(columns.matched.map(([a, b]) => [a.name, b.name] as const));
  const empty: Pairing<never> = { matched: [], renamed: [], dropped: [], added: [] };
  return {
    from,
    to,
    fromKey: tableKey(from),
    renamed: renamedTables.some(([a]) => a === from),
    columns,
    columnName: (name) => names.get(name) ?? name,
    primaryKey: empty,
    uniques: empty,
    checks: empty,
    exclusions: empty,
    indexes: empty,
    foreignKeys: empty,
    triggers: empty,
    policies: empty,
  };
}

function retypedColumns(pairs: readonly TablePair[], replacedEnums: ReadonlySet<string>): Set<string> {
  const retyped = new Set<string>();
  for (const pair of pairs) {
    for (const [a, b] of pair.columns.matched) {
      const enumKey = referencedTypeKey(a.type);
      const viaEnum = enumKey !== undefined && replacedEnums.has(enumKey);
      if (a.type !== b.type || a.collation !== b.collation || viaEnum)
        retyped.add(columnRef(pair.fromKey, a.name));
    }
  }
  return retyped;
}

/**
 * The same object on both sides (an untouched table of an edited design shares the baseline's) with no hint
 * inside it: its parts pair with themselves, which spares a large design per-table matching on every edit.
 */
function untouched(from: TableDef, to: TableDef, renames: RenameMap): boolean {
  return from === to && !renames.touchesInside(from.schema, from.name);
}

/** Pairs constraints, indexes, triggers and policies; anything changed beyond what ALTER can do is recreated. */
function pairInnerObjects(pair: TablePair, renames: RenameMap, retyped: ReadonlySet<string>): void {
  const { from, to } = pair;
  const retypedHere = pair.columns.matched.some(([c]) => retyped.has(columnRef(pair.fromKey, c.name)));
  if (untouched(from, to, renames) && !retypedHere) {
    const foreignKeys = pair.foreignKeys;
    pairIdentically(pair);
    pair.foreignKeys = foreignKeys; // paired next, against the tables they reference
    return;
  }
  const hinted = (kind: 'constraint' | 'index') => (name: string) =>
    renames.renamedTo(kind, from.schema, name, from.name);
  const mapColumns = (cols: readonly string[] | undefined) => (cols ?? []).map(pair.columnName);
  const pk = (t: TableDef) => (t.primaryKey ? [t.primaryKey] : []);
  pair.primaryKey = splitRecreated(
    pairObjects(pk(from), pk(to), byName, hinted('constraint')),
    (a, b) => !sameList(mapColumns(a.columns), b.columns),
  );
  pair.uniques = splitRecreated(
    pairObjects(from.uniques, to.uniques, byName, hinted('constraint')),
    (a, b) =>
      !sameList(mapColumns(a.columns), b.columns) || !sameIgnoring(a, b, ['name', 'comment', 'columns']),
  );
  pair.checks = splitRecreated(
    pairObjects(from.checks, to.checks, byName, hinted('constraint')),
    (a, b) =>
      a.expression !== b.expression || !!a.noInherit !== !!b.noInherit || (!a.notValid && !!b.notValid),
  );
  pair.exclusions = splitRecreated(
    pairObjects(from.exclusions, to.exclusions, byName, hinted('constraint')),
    (a, b) => a.definition !== b.definition,
  );
  pair.indexes = splitRecreated(pairObjects(from.indexes, to.indexes, byName, hinted('index')), (a, b) =>
    indexChanged(a, b, pair.columnName),
  );
  pair.triggers = splitRecreated(
    pairObjects(from.triggers, to.triggers, byName),
    (a, b) => a.definition !== b.definition,
  );
  // PostgreSQL refuses to retype or drop a column a policy uses: such policies are dropped and created again.
  const blocking = [
    ...pair.columns.dropped.map((c) => c.name),
    ...pair.columns.matched
      .filter(([c]) => retyped.has(columnRef(pair.fromKey, c.name)))
      .map(([c]) => c.name),
  ];
  pair.policies = splitRecreated(
    pairObjects(from.policies, to.policies, byName),
    (a, b) => policyNeedsRecreate(a, b) || policyMentions(a, blocking),
  );
}

/** Whether a policy's expressions mention one of the columns: a conservative textual test. */
function policyMentions(policy: PolicyDef, columns: readonly string[]): boolean {
  const text = `${policy.using ?? ''} ${policy.withCheck ?? ''}`;
  return columns.some((column) => mentionsIdentifier(text, column));
}

function pairForeignKeys(
  pair: TablePair,
  renames: RenameMap,
  context: DiffContext,
  retyped: ReadonlySet<string>,
) {
  const { from, to } = pair;
  // Even an untouched table's keys may need rebuilding when the table they reference changes.
  const pairing = untouched(from, to, renames)
    ? identicalPairing(from.foreignKeys)
    : pairObjects(from.foreignKeys, to.foreignKeys, byName, (name) =>
        renames.renamedTo('constraint', from.schema, name, from.name),
      );
  pair.foreignKeys = splitRecreated(pairing, (a, b) => foreignKeyNeedsRecreate(a, b, pair, context, retyped));
}

export function indexChanged(a: IndexDef, b: IndexDef, columnName: (name: string) => string): boolean {
  const keys = a.keys.map((k) => (k.expression ? k : { ...k, column: columnName(k.column) }));
  const include = a.include?.map(columnName);
  return !sameIgnoring({ ...a, keys, ...(include ? { include } : {}) }, b, ['name', 'comment']);
}

function policyNeedsRecreate(a: PolicyDef, b: PolicyDef): boolean {
  // ALTER POLICY can change roles and expressions, but cannot remove an expression or change the command.
  const removes = (x?: string, y?: string) => x !== undefined && y === undefined;
  return (
    a.permissive !== b.permissive ||
    a.command !== b.command ||
    removes(a.using, b.using) ||
    removes(a.withCheck, b.withCheck)
  );
}

function foreignKeyNeedsRecreate(
  a: ForeignKeyDef,
  b: ForeignKeyDef,
  pair: TablePair,
  context: DiffContext,
  retyped: ReadonlySet<string>,
): boolean {
  const refFromKey = qualifiedKey(a.refSchema, a.refTable);
  const refPair = context.pairOf(refFromKey);
  if (refPair === undefined) return true;
  const sameShape =
    sameList(a.columns.map(pair.columnName), b.columns) &&
    refPair.to.schema === b.refSchema &&
    refPair.to.name === b.refTable &&
    sameList(a.refColumns.map(refPair.columnName), b.refColumns) &&
    sameIgnoring(a, b, ['name', 'comment', 'columns', 'refSchema', 'refTable', 'refColumns', 'notValid']);
  const validity = !a.notValid && !!b.notValid;
  // PostgreSQL refuses to drop a unique constraint or retype a column an FK depends on: rebuild the FK.
  const ownRetyped = a.columns.some((c) => retyped.has(columnRef(pair.fromKey, c)));
  const refRetyped = a.refColumns.some(
    (c) => retyped.has(columnRef(refFromKey, c)) || refPair.columns.dropped.some((d) => d.name === c),
  );
  const refKeyDropped =
    refPair.primaryKey.dropped.length > 0 ||
    refPair.uniques.dropped.length > 0 ||
    refPair.indexes.dropped.some((i) => i.unique);
  return !sameShape || validity || ownRetyped || refRetyped || refKeyDropped;
}
