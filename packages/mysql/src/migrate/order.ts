/**
 * Puts MySQL changes in an order the server accepts. Foreign keys go first among drops (MySQL refuses to drop a
 * column, index or table a key still uses) and last among creates (what they reference must exist, with its
 * index). Routines follow the tables, views the tables, routines and views they read (and are dropped before
 * them), triggers come last, and AUTO_INCREMENT, which MySQL only allows on a key column, is removed before its
 * key goes and added after its key exists.
 */

import { reverseTopoSort, topoSort } from '@schema-studio/diff';
import { qualifiedKey, type TableDef } from '@schema-studio/schema';
import type { MysqlChange, MysqlKind } from './changes.ts';

const PHASES = [
  'drop.triggers',
  'drop.views',
  'drop.routines',
  'drop.foreignKeys',
  'drop.autoIncrement',
  'drop.keys',
  'drop.indexes',
  'drop.columns',
  'drop.tables',
  'rename.tables',
  'rename.parts',
  'create.tables',
  'alter.tables',
  'alter.columns',
  'create.keys',
  'create.indexes',
  'alter.autoIncrement',
  'drop.indexesForeignKeysNeeded',
  'create.foreignKeys',
  // Routines before views: CREATE VIEW fails on a function that does not exist yet, while a routine's body
  // is only resolved when it runs, so no routine ever waits for a view. Drops run the other way round.
  'create.routines',
  'create.views',
  'create.triggers',
] as const;

type Phase = (typeof PHASES)[number];

/** What phase assignment needs to know about the plan as a whole. */
export interface OrderFacts {
  /** Whether a foreign key that stays on the table still needs this index (named as in `from`). */
  readonly indexNeededByKept: (schema: string, table: string, index: string) => boolean;
}

type Rule<K extends MysqlKind> =
  | Phase
  | ((change: Extract<MysqlChange, { kind: K }>, facts: OrderFacts) => Phase);

const isForeignKey = (c: { readonly constraint: { readonly type: string } }) =>
  c.constraint.type === 'foreignKey';

const PHASE_OF: { readonly [K in MysqlKind]: Rule<K> } = {
  'trigger.drop': 'drop.triggers',
  'view.drop': 'drop.views',
  'function.drop': 'drop.routines',
  'constraint.drop': (c) => (isForeignKey(c) ? 'drop.foreignKeys' : 'drop.keys'),
  'index.drop': (c, facts) =>
    facts.indexNeededByKept(c.schema, c.table, c.index.name)
      ? 'drop.indexesForeignKeysNeeded'
      : 'drop.indexes',
  'column.drop': 'drop.columns',
  'table.drop': 'drop.tables',
  'table.rename': 'rename.tables',
  'view.rename': 'rename.tables',
  'column.rename': 'rename.parts',
  'index.rename': 'rename.parts',
  'constraint.rename': 'rename.parts',
  'table.create': 'create.tables',
  'mysql.table.options': 'alter.tables',
  'table.setOptions': 'alter.tables',
  'mysql.column.add': 'alter.columns',
  'mysql.column.modify': (c) => {
    const before = !!c.from.mysql?.autoIncrement;
    const after = !!c.to.mysql?.autoIncrement;
    if (before && !after) return 'drop.autoIncrement';
    return !before && after ? 'alter.autoIncrement' : 'alter.columns';
  },
  'constraint.add': (c) => (isForeignKey(c) ? 'create.foreignKeys' : 'create.keys'),
  'mysql.primaryKey.replace': 'create.keys',
  'index.create': 'create.indexes',
  'mysql.index.replace': 'create.indexes',
  'view.create': 'create.views',
  'function.create': 'create.routines',
  'function.replace': 'create.routines',
  'trigger.create': 'create.triggers',
};

function phaseOf(change: MysqlChange, facts: OrderFacts): Phase {
  const rule = PHASE_OF[change.kind] as Phase | ((c: MysqlChange, f: OrderFacts) => Phase);
  return typeof rule === 'function' ? rule(change, facts) : rule;
}

const tableKey = (t: TableDef) => qualifiedKey(t.schema, t.name);
const referenced = (t: TableDef) => t.foreignKeys.map((fk) => qualifiedKey(fk.refSchema, fk.refTable));

/** Sort key and dependencies of a change within its phase; changes without them keep their order. */
function keyAndDeps(change: MysqlChange, index: number): [string, readonly string[]] {
  switch (change.kind) {
    case 'table.create':
    case 'table.drop':
      return [tableKey(change.table), referenced(change.table)];
    case 'view.create':
    case 'view.drop':
      return [qualifiedKey(change.view.schema, change.view.name), change.view.dependsOn];
    case 'trigger.create':
      return [
        triggerKey(change.table, change.trigger.name),
        followed(change.table, change.trigger.definition),
      ];
    default:
      return [`#${index}`, []];
  }
}

const triggerKey = (table: string, name: string) => JSON.stringify(['trigger', table, name]);

/** A trigger written with FOLLOWS (as the introspection renders firing order) needs the one it follows. */
function followed(table: string, definition: string): string[] {
  const match = / FOR EACH ROW FOLLOWS `((?:[^`]|``)+)`/i.exec(definition);
  return match?.[1] ? [triggerKey(table, match[1].replaceAll('``', '`'))] : [];
}

const DROP_PHASES: ReadonlySet<Phase> = new Set(['drop.tables', 'drop.views']);

export function orderMysqlChanges(changes: readonly MysqlChange[], facts: OrderFacts): MysqlChange[] {
  const byPhase = new Map<Phase, [MysqlChange, string, readonly string[]][]>(PHASES.map((p) => [p, []]));
  changes.forEach((change, i) => {
    byPhase.get(phaseOf(change, facts))?.push([change, ...keyAndDeps(change, i)]);
  });
  return PHASES.flatMap((phase) => {
    const nodes = byPhase.get(phase) ?? [];
    const sort = DROP_PHASES.has(phase) ? reverseTopoSort : topoSort;
    return sort(
      nodes,
      (n) => n[1],
      (n) => n[2],
    ).map((n) => n[0]);
  });
}

/**
 * Tables that reference each other in a cycle cannot be dropped one by one: a table still referenced by one
 * dropped later gets that foreign key dropped explicitly first.
 */
export function breakDropCycles(ordered: readonly MysqlChange[]): MysqlChange[] {
  const drops = ordered.flatMap((c) => (c.kind === 'table.drop' ? [c] : []));
  const position = new Map(drops.map((d, i) => [tableKey(d.table), i] as const));
  const extra: MysqlChange[] = drops.flatMap((d, i) =>
    d.table.foreignKeys
      .filter((fk) => (position.get(qualifiedKey(fk.refSchema, fk.refTable)) ?? i) < i)
      .map(
        (def): MysqlChange => ({
          kind: 'constraint.drop',
          schema: d.table.schema,
          table: d.table.name,
          constraint: { type: 'foreignKey', def },
        }),
      ),
  );
  const first = ordered.findIndex((c) => c.kind === 'table.drop');
  return first === -1 || extra.length === 0
    ? [...ordered]
    : [...ordered.slice(0, first), ...extra, ...ordered.slice(first)];
}

/**
 * Created tables in an order where referenced tables come first, and the foreign keys that can therefore be
 * declared inside CREATE TABLE (self-references too); keys in a cycle are added afterwards with ALTER TABLE.
 */
export function inlineForeignKeys(ordered: readonly MysqlChange[]): { table: TableDef; fk: string }[] {
  const seen = new Set<string>();
  const inline: { table: TableDef; fk: string }[] = [];
  for (const change of ordered) {
    if (change.kind !== 'table.create') continue;
    const t = change.table;
    seen.add(tableKey(t));
    for (const fk of t.foreignKeys)
      if (seen.has(qualifiedKey(fk.refSchema, fk.refTable))) inline.push({ table: t, fk: fk.name });
  }
  return inline;
}
