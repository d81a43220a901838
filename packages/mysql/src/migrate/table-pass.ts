/**
 * MySQL's own comparison of each table kept from `from` to `to`: the neutral diff speaks PostgreSQL's
 * column verbs (SET DEFAULT, SET NOT NULL, TYPE), while MySQL restates a changed column in full with MODIFY,
 * places new columns with AFTER, and carries table options and index comments the diff does not compare.
 */
import type { Change } from '@schema-studio/diff';
import { qualifiedKey, type SchemaModel, sameData, type TableDef } from '@schema-studio/schema';
import type { MysqlOwnChange } from './changes.ts';
import { effectiveColumn } from './column-change.ts';

const keyOf = (schema: string, name: string) => qualifiedKey(schema, name);
const hasFulltext = (t: TableDef) => t.indexes.some((i) => i.method.toUpperCase() === 'FULLTEXT');

/** What the neutral changes already decided about tables and columns. */
interface Decided {
  readonly created: ReadonlySet<string>;
  /** `schema.to` → the table's schema and `from` name. */
  readonly renamedTables: ReadonlyMap<string, { readonly schema: string; readonly from: string }>;
  /** `schema.toTable` → (to column → from column). */
  readonly renamedColumns: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** `schema.fromTable` → dropped column names. */
  readonly droppedColumns: ReadonlyMap<string, ReadonlySet<string>>;
  /** `schema.toTable` → names of indexes created or dropped (their comments come with them). */
  readonly rebuiltIndexes: ReadonlyMap<string, ReadonlySet<string>>;
}

function addTo<V>(map: Map<string, V[]>, key: string, value: V) {
  map.set(key, [...(map.get(key) ?? []), value]);
}

function decided(changes: readonly Change[]): Decided {
  const created = new Set<string>();
  const renamedTables = new Map<string, { schema: string; from: string }>();
  const renamedColumns = new Map<string, [string, string][]>();
  const dropped = new Map<string, string[]>();
  const rebuilt = new Map<string, string[]>();
  for (const c of changes) {
    if (c.kind === 'table.create') created.add(keyOf(c.table.schema, c.table.name));
    else if (c.kind === 'table.rename')
      renamedTables.set(keyOf(c.schema, c.to), { schema: c.schema, from: c.from });
    else if (c.kind === 'column.rename') addTo(renamedColumns, keyOf(c.schema, c.table), [c.to, c.from]);
    else if (c.kind === 'column.drop') addTo(dropped, keyOf(c.schema, c.table), c.column.name);
    else if (c.kind === 'index.create' || c.kind === 'index.drop')
      addTo(rebuilt, keyOf(c.schema, c.table), c.index.name);
  }
  // Index drops name the `from` table: count them under the `to` name as well.
  for (const [toKey, { schema, from }] of renamedTables)
    for (const name of rebuilt.get(keyOf(schema, from)) ?? []) addTo(rebuilt, toKey, name);
  return {
    created,
    renamedTables,
    renamedColumns: new Map([...renamedColumns].map(([k, v]) => [k, new Map(v)])),
    droppedColumns: new Map([...dropped].map(([k, v]) => [k, new Set(v)])),
    rebuiltIndexes: new Map([...rebuilt].map(([k, v]) => [k, new Set(v)])),
  };
}

/** The MySQL-specific changes for every table present on both sides, in `to` order. */
export function tableChanges(
  from: SchemaModel,
  to: SchemaModel,
  changes: readonly Change[],
): MysqlOwnChange[] {
  const facts = decided(changes);
  const fromTables = new Map(from.tables.map((t) => [keyOf(t.schema, t.name), t] as const));
  return to.tables.flatMap((t) => {
    const key = keyOf(t.schema, t.name);
    if (facts.created.has(key)) return [];
    const f = fromTables.get(keyOf(t.schema, facts.renamedTables.get(key)?.from ?? t.name));
    if (f === undefined || f === t) return [];
    return [...optionChanges(f, t), ...columnChanges(f, t, facts), ...indexCommentChanges(f, t, facts)];
  });
}

const sameOptions = (a: TableDef, b: TableDef) =>
  sameData(a.mysql ?? {}, b.mysql ?? {}) && a.comment === b.comment;

function optionChanges(f: TableDef, t: TableDef): MysqlOwnChange[] {
  return sameOptions(f, t)
    ? []
    : [{ kind: 'mysql.table.options', schema: t.schema, table: t.name, from: f, to: t }];
}

function indexCommentChanges(f: TableDef, t: TableDef, facts: Decided): MysqlOwnChange[] {
  const rebuilt = facts.rebuiltIndexes.get(keyOf(t.schema, t.name)) ?? new Set();
  const before = new Map(f.indexes.map((i) => [i.name, i] as const));
  return t.indexes
    .filter((i) => !rebuilt.has(i.name) && before.has(i.name) && before.get(i.name)?.comment !== i.comment)
    .map((index) => ({ kind: 'mysql.index.replace', schema: t.schema, table: t.name, index }));
}

/**
 * Adds, restated columns and moves. The columns are walked in `to` order while a simulated column list keeps
 * the table's current order: each column must end up right after its predecessor, so a new column is added
 * AFTER it and a kept column that is elsewhere is moved there with its MODIFY.
 */
function columnChanges(f: TableDef, t: TableDef, facts: Decided): MysqlOwnChange[] {
  const renamed = facts.renamedColumns.get(keyOf(t.schema, t.name)) ?? new Map<string, string>();
  const dropped = facts.droppedColumns.get(keyOf(f.schema, f.name)) ?? new Set<string>();
  const toName = new Map([...renamed].map(([b, a]) => [a, b] as const));
  const kept = new Map(
    f.columns.filter((c) => !dropped.has(c.name)).map((c) => [toName.get(c.name) ?? c.name, c] as const),
  );
  const current = [...kept.keys()];
  const on = { schema: t.schema, table: t.name };
  const instantAllowed = !hasFulltext(f) && f.mysql?.rowFormat?.toUpperCase() !== 'COMPRESSED';
  const out: MysqlOwnChange[] = [];
  t.columns.forEach((c, i) => {
    const prev = i === 0 ? null : (t.columns[i - 1]?.name ?? null);
    const placed = prev === null ? current[0] === c.name : current[current.indexOf(prev) + 1] === c.name;
    const before = kept.get(c.name);
    const atEnd = prev === current.at(-1) || (prev === null && current.length === 0);
    if (!placed) {
      const at = current.indexOf(c.name);
      if (at !== -1) current.splice(at, 1);
      current.splice(prev === null ? 0 : current.indexOf(prev) + 1, 0, c.name);
    }
    // MODIFY keeps a column where it is unless told otherwise, so a move always names its place.
    const position = placed ? {} : { after: prev };
    if (before === undefined) {
      const instant = atEnd && instantAllowed && !c.mysql?.autoIncrement && c.generated === undefined;
      out.push({ kind: 'mysql.column.add', ...on, column: c, instant, ...(atEnd ? {} : { after: prev }) });
    } else if (
      !placed ||
      !sameData(effectiveColumn({ ...before, name: c.name }, f.mysql), effectiveColumn(c, t.mysql))
    ) {
      const from = effectiveColumn(before, f.mysql);
      const to = effectiveColumn(c, t.mysql);
      out.push({ kind: 'mysql.column.modify', ...on, from, to, written: c, moved: !placed, ...position });
    }
  });
  return out;
}
