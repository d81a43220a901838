import { qualifiedKey, type TableDef } from '@schema-studio/schema';
import type { Change, RelationRef } from './changes.ts';
import { commentChange } from './comments.ts';
import type { DiffContext, TablePair } from './context.ts';
import { diffColumns, newColumnComments } from './diff-columns.ts';
import { diffTableConstraints, newTableConstraintChanges } from './diff-constraints.ts';
import {
  createIndexes,
  createPolicies,
  createTriggers,
  diffIndexes,
  diffPolicies,
  diffTriggers,
} from './diff-relation-parts.ts';
import { sameIgnoring } from './equality.ts';

const keyOf = (t: TableDef) => qualifiedKey(t.schema, t.name);
const refOf = (t: TableDef): RelationRef => ({ schema: t.schema, table: t.name });
const tableComment = (t: TableDef, from: string | undefined) =>
  commentChange({ type: 'table', schema: t.schema, name: t.name }, from, t.comment);

/** A table with nothing set: what a freshly created table's table-level properties are compared with. */
const BLANK_PROPERTIES: Pick<TableDef, 'rowLevelSecurity' | 'forceRowLevelSecurity' | 'replicaIdentity'> = {};

export function diffTables(context: DiffContext): Change[] {
  const { tables, tablePairs } = context;
  const added = new Set(tables.added.map(keyOf));
  return [
    ...tables.dropped.map(
      (table): Change => ({ kind: 'table.drop', table, recreated: added.has(keyOf(table)) }),
    ),
    ...tables.added.flatMap(createTable),
    ...tablePairs.flatMap(alterTable),
  ];
}

function createTable(table: TableDef): Change[] {
  const ref = refOf(table);
  return [
    { kind: 'table.create', table },
    ...newTableConstraintChanges(table),
    ...createIndexes(ref, table.indexes),
    ...createTriggers(ref, table.triggers),
    ...createPolicies(ref, table.policies),
    ...tableProperties(ref, BLANK_PROPERTIES, table),
    ...tableComment(table, undefined),
    ...newColumnComments(ref, table.columns),
  ];
}

function alterTable(pair: TablePair): Change[] {
  const { from, to } = pair;
  const fromRef = refOf(from);
  const toRef = refOf(to);
  return [
    ...(pair.renamed
      ? [{ kind: 'table.rename' as const, schema: from.schema, from: from.name, to: to.name }]
      : []),
    ...partitionChanges(fromRef, toRef, from, to),
    ...(!!from.unlogged === !!to.unlogged
      ? []
      : [{ kind: 'table.setLogged' as const, ...toRef, unlogged: !!to.unlogged }]),
    ...optionChanges(toRef, from.options ?? [], to.options ?? []),
    ...diffColumns(pair),
    ...diffTableConstraints(pair),
    ...diffIndexes(fromRef, toRef, pair.indexes),
    ...diffTriggers(fromRef, toRef, pair.triggers),
    ...diffPolicies(fromRef, toRef, pair.policies),
    ...tableProperties(toRef, from, to),
    ...tableComment(to, from.comment),
  ];
}

function tableProperties(
  on: RelationRef,
  from: Pick<TableDef, 'rowLevelSecurity' | 'forceRowLevelSecurity' | 'replicaIdentity'>,
  to: TableDef,
): Change[] {
  const changes: Change[] = [];
  if (!!from.rowLevelSecurity !== !!to.rowLevelSecurity)
    changes.push({ kind: 'table.setRowLevelSecurity', ...on, enabled: !!to.rowLevelSecurity });
  if (!!from.forceRowLevelSecurity !== !!to.forceRowLevelSecurity)
    changes.push({ kind: 'table.setForceRowLevelSecurity', ...on, forced: !!to.forceRowLevelSecurity });
  if (from.replicaIdentity !== to.replicaIdentity)
    changes.push({
      kind: 'table.setReplicaIdentity',
      ...on,
      ...(to.replicaIdentity === undefined ? {} : { identity: to.replicaIdentity }),
    });
  return changes;
}

const optionName = (option: string) => option.split('=')[0] ?? option;

function optionChanges(on: RelationRef, from: readonly string[], to: readonly string[]): Change[] {
  const set = to.filter((o) => !from.includes(o));
  const kept = new Set(to.map(optionName));
  const reset = from.map(optionName).filter((name) => !kept.has(name));
  return set.length === 0 && reset.length === 0 ? [] : [{ kind: 'table.setOptions', ...on, set, reset }];
}

function partitionChanges(fromRef: RelationRef, toRef: RelationRef, from: TableDef, to: TableDef): Change[] {
  if (sameIgnoring(from.partitionOf ?? {}, to.partitionOf ?? {})) return [];
  const detach: Change[] = from.partitionOf
    ? [
        {
          kind: 'table.detachPartition',
          ...fromRef,
          parent: { schema: from.partitionOf.schema, table: from.partitionOf.table },
        },
      ]
    : [];
  const attach: Change[] = to.partitionOf
    ? [
        {
          kind: 'table.attachPartition',
          ...toRef,
          parent: { schema: to.partitionOf.schema, table: to.partitionOf.table },
          bound: to.partitionOf.bound,
        },
      ]
    : [];
  return [...detach, ...attach];
}
