import type { PolicyDef, TableDef, TriggerDef, ViewDef } from '@schema-studio/schema';
import { qualifiedKey, routineKey } from '@schema-studio/schema';
import type { ColumnRow } from './columns.sql.ts';
import type { ConstraintRow } from './constraints.sql.ts';
import type { IndexRow } from './indexes.sql.ts';
import { toColumn, toViewColumn } from './map-columns.ts';
import { tableConstraints } from './map-constraints.ts';
import { toIndex } from './map-indexes.ts';
import { flag, opt } from './optional.ts';
import type { PolicyRow } from './policies.sql.ts';
import type { TableRow } from './tables.sql.ts';
import type { TriggerRow } from './triggers.sql.ts';
import type { ViewDependencyRow } from './view-dependencies.sql.ts';
import type { ViewRow } from './views.sql.ts';

/** The rows of a relation's dependent objects, already picked out by relation. */
export interface RelationParts {
  readonly columns: readonly ColumnRow[];
  readonly constraints: readonly ConstraintRow[];
  readonly indexes: readonly IndexRow[];
  readonly triggers: readonly TriggerRow[];
  readonly policies: readonly PolicyRow[];
  readonly dependencies: readonly ViewDependencyRow[];
}

const TRIGGER_ENABLED: Record<string, TriggerDef['enabled']> = { D: 'D', R: 'R', A: 'A' };

export function toTrigger(row: TriggerRow): TriggerDef {
  return {
    name: row.name,
    definition: row.definition,
    ...opt('enabled', TRIGGER_ENABLED[row.enabled]),
    ...opt('comment', row.comment),
  };
}

const POLICY_COMMANDS: Record<string, string> = {
  '*': 'ALL',
  r: 'SELECT',
  a: 'INSERT',
  w: 'UPDATE',
  d: 'DELETE',
};

export function toPolicy(row: PolicyRow): PolicyDef {
  return {
    name: row.name,
    permissive: row.permissive,
    command: POLICY_COMMANDS[row.command] ?? row.command,
    roles: row.roles,
    ...opt('using', row.using_expr),
    ...opt('withCheck', row.with_check),
    ...opt('comment', row.comment),
  };
}

const REPLICA_IDENTITY: Record<string, string> = { n: 'nothing', f: 'full' };

function replicaIdentity(row: TableRow): string | undefined {
  if (row.replica_identity === 'i' && row.replica_identity_index)
    return `index:${row.replica_identity_index}`;
  return REPLICA_IDENTITY[row.replica_identity];
}

function sortedOptions(options: readonly string[] | null): { options?: readonly string[] } {
  return options && options.length > 0 ? { options: [...options].sort() } : {};
}

/**
 * A table. A partition keeps all its columns, inherited ones included: format_type and defaults render the same
 * on parent and partition, and a partition created stand-alone then attached has exactly these columns. Its
 * inherited constraints, indexes and triggers are left out by the queries: they are the parent's.
 */
export function toTable(row: TableRow, parts: RelationParts): TableDef {
  const partitionOf =
    row.parent_schema !== null && row.parent_table !== null
      ? {
          partitionOf: {
            schema: row.parent_schema,
            table: row.parent_table,
            bound: row.partition_bound ?? '',
          },
        }
      : {};
  return {
    schema: row.schema,
    name: row.name,
    columns: parts.columns.map(toColumn),
    ...tableConstraints(parts.constraints),
    indexes: parts.indexes.map(toIndex),
    triggers: parts.triggers.map(toTrigger),
    policies: parts.policies.map(toPolicy),
    ...flag('unlogged', row.unlogged),
    ...opt('partitionBy', row.partition_by),
    ...partitionOf,
    ...flag('rowLevelSecurity', row.row_security),
    ...flag('forceRowLevelSecurity', row.force_row_security),
    ...opt('replicaIdentity', replicaIdentity(row)),
    ...sortedOptions(row.options),
    ...opt('comment', row.comment),
  };
}

/**
 * pg_get_viewdef starts the pretty-printed SELECT with a space and ends it with `;`. The model stores the bare
 * SELECT (surrounding whitespace and the final `;` removed), so DDL rendering adds its own terminator and the
 * definition embeds cleanly in `CREATE VIEW ... AS`.
 */
export function trimViewDefinition(definition: string): string {
  return definition.trim().replace(/;$/, '').trimEnd();
}

function dependencyKey(row: ViewDependencyRow): string {
  return row.ref_args === null
    ? qualifiedKey(row.ref_schema, row.ref_name)
    : routineKey(row.ref_schema, row.ref_name, row.ref_args);
}

/** A view or materialized view. `withData: false` is stored only for an unpopulated materialized view. */
export function toView(row: ViewRow, parts: RelationParts): ViewDef {
  return {
    schema: row.schema,
    name: row.name,
    materialized: row.materialized,
    definition: trimViewDefinition(row.definition),
    columns: parts.columns.map(toViewColumn),
    ...sortedOptions(row.options),
    indexes: parts.indexes.map(toIndex),
    triggers: parts.triggers.map(toTrigger),
    dependsOn: parts.dependencies.map(dependencyKey),
    ...(row.materialized && !row.populated ? { withData: false } : {}),
    ...opt('comment', row.comment),
  };
}
