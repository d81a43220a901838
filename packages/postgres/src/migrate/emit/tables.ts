import type { ChangeOf } from '@schema-studio/diff';
import { allConstraints, isInlineConstraint } from '@schema-studio/diff';
import type { TableDef } from '@schema-studio/schema';
import { qualify, quoteIdent } from '../quote.ts';
import {
  type EmitContext,
  type EmitterMap,
  exclusiveLock,
  hazard,
  onExisting,
  shown,
  statement,
} from '../statement.ts';
import { columnDefinition } from './columns.ts';
import { constraintClause } from './constraints.ts';

type Kinds =
  | 'table.create'
  | 'table.drop'
  | 'table.rename'
  | 'table.setLogged'
  | 'table.setRowLevelSecurity'
  | 'table.setForceRowLevelSecurity'
  | 'table.setReplicaIdentity'
  | 'table.setOptions'
  | 'table.attachPartition'
  | 'table.detachPartition';

type On = { readonly schema: string; readonly table: string };
const alterTable = (on: On) => `ALTER TABLE ${qualify(on.schema, on.table)}`;
const lockOnly = (context: EmitContext, on: On) =>
  onExisting(context, on, [exclusiveLock(on.schema, on.table)]);

/** CREATE TABLE with columns, keys, uniques, checks and exclusions inline; foreign keys come later. */
export function createTable(t: TableDef): string {
  const constraints = allConstraints(t).filter(isInlineConstraint).map(constraintClause);
  // A partition inherits its columns from the parent: only its own constraints are listed.
  const elements = t.partitionOf ? constraints : [...t.columns.map(columnDefinition), ...constraints];
  const body = elements.length ? ` (\n  ${elements.join(',\n  ')}\n)` : t.partitionOf ? '' : ' ()';
  const head = `CREATE ${t.unlogged ? 'UNLOGGED ' : ''}TABLE ${qualify(t.schema, t.name)}`;
  const parent = t.partitionOf ? ` PARTITION OF ${qualify(t.partitionOf.schema, t.partitionOf.table)}` : '';
  const bound = t.partitionOf ? ` ${t.partitionOf.bound}` : '';
  const partitionBy = t.partitionBy ? ` PARTITION BY ${t.partitionBy}` : '';
  const options = t.options?.length ? ` WITH (${t.options.join(', ')})` : '';
  return `${head}${parent}${body}${bound}${partitionBy}${options}`;
}

function replicaIdentity(identity: string | undefined): string {
  if (identity === undefined) return 'DEFAULT';
  if (identity.startsWith('index:')) return `USING INDEX ${quoteIdent(identity.slice('index:'.length))}`;
  return identity.toUpperCase();
}

function setLogged({ schema, table, unlogged }: ChangeOf<'table.setLogged'>, context: EmitContext) {
  const rewrite = hazard(
    'TABLE_REWRITE',
    `rewrites table ${shown(schema, table)} as ${unlogged ? 'unlogged' : 'logged'}`,
  );
  return [
    statement(
      `${alterTable({ schema, table })} SET ${unlogged ? 'UNLOGGED' : 'LOGGED'}`,
      onExisting(context, { schema, table }, [exclusiveLock(schema, table), rewrite]),
    ),
  ];
}

function setOptions({ schema, table, set, reset }: ChangeOf<'table.setOptions'>, context: EmitContext) {
  const on = { schema, table };
  return [
    ...(reset.length
      ? [statement(`${alterTable(on)} RESET (${reset.join(', ')})`, lockOnly(context, on))]
      : []),
    ...(set.length ? [statement(`${alterTable(on)} SET (${set.join(', ')})`, lockOnly(context, on))] : []),
  ];
}

export const tableEmitters: EmitterMap<Kinds> = {
  'table.create': ({ table }) => [statement(createTable(table))],
  'table.drop': ({ table: t }) => [
    statement(`DROP TABLE ${qualify(t.schema, t.name)}`, [
      hazard('DELETES_DATA', `drops table ${shown(t.schema, t.name)} and all its rows`),
      exclusiveLock(t.schema, t.name),
    ]),
  ],
  'table.rename': ({ schema, from, to }) => [
    statement(`ALTER TABLE ${qualify(schema, from)} RENAME TO ${quoteIdent(to)}`, [
      exclusiveLock(schema, from),
      hazard('BREAKS_DEPENDENTS', `code naming table ${shown(schema, from)} must use "${to}"`),
    ]),
  ],
  'table.setLogged': setLogged,
  'table.setRowLevelSecurity': ({ schema, table, enabled }, context) => [
    statement(
      `${alterTable({ schema, table })} ${enabled ? 'ENABLE' : 'DISABLE'} ROW LEVEL SECURITY`,
      lockOnly(context, { schema, table }),
    ),
  ],
  'table.setForceRowLevelSecurity': ({ schema, table, forced }, context) => [
    statement(
      `${alterTable({ schema, table })} ${forced ? 'FORCE' : 'NO FORCE'} ROW LEVEL SECURITY`,
      lockOnly(context, { schema, table }),
    ),
  ],
  'table.setReplicaIdentity': ({ schema, table, identity }, context) => [
    statement(
      `${alterTable({ schema, table })} REPLICA IDENTITY ${replicaIdentity(identity)}`,
      lockOnly(context, { schema, table }),
    ),
  ],
  'table.setOptions': setOptions,
  'table.attachPartition': ({ schema, table, parent, bound }, context) => [
    statement(
      `${alterTable(parent)} ATTACH PARTITION ${qualify(schema, table)} ${bound}`,
      onExisting(context, { schema, table }, [
        hazard('VALIDATION_SCAN', `scans ${shown(schema, table)} to check the partition bound`),
      ]),
    ),
  ],
  'table.detachPartition': ({ schema, table, parent }) => [
    statement(`${alterTable(parent)} DETACH PARTITION ${qualify(schema, table)}`, [
      exclusiveLock(parent.schema, parent.table),
    ]),
  ],
};
