import type { ChangeOf, TableConstraint } from '@schema-studio/diff';
import { type ForeignKeyDef, qualifiedKey, type UniqueDef } from '@schema-studio/schema';
import { identList, qualify, quoteIdent } from '../quote.ts';
import {
  type EmitContext,
  type EmitterMap,
  exclusiveLock,
  hazard,
  isCreated,
  onExisting,
  shown,
  statement,
} from '../statement.ts';
import { checkClause } from './types.ts';

type Kinds = 'constraint.add' | 'constraint.drop' | 'constraint.rename' | 'constraint.validate';
type On = { readonly schema: string; readonly table: string };

function deferrable(c: { readonly deferrable?: boolean; readonly initiallyDeferred?: boolean }): string {
  if (!c.deferrable) return '';
  return c.initiallyDeferred ? ' DEFERRABLE INITIALLY DEFERRED' : ' DEFERRABLE';
}

function uniqueClause(u: UniqueDef): string {
  const nulls = u.nullsNotDistinct ? ' NULLS NOT DISTINCT' : '';
  return `CONSTRAINT ${quoteIdent(u.name)} UNIQUE${nulls} (${identList(u.columns)})${deferrable(u)}`;
}

function foreignKeyClause(fk: ForeignKeyDef): string {
  const match = fk.match === 'simple' ? '' : ` MATCH ${fk.match.toUpperCase()}`;
  const onUpdate = fk.onUpdate === 'no action' ? '' : ` ON UPDATE ${fk.onUpdate.toUpperCase()}`;
  const onDelete = fk.onDelete === 'no action' ? '' : ` ON DELETE ${fk.onDelete.toUpperCase()}`;
  const references = `REFERENCES ${qualify(fk.refSchema, fk.refTable)} (${identList(fk.refColumns)})`;
  const notValid = fk.notValid ? ' NOT VALID' : '';
  return `CONSTRAINT ${quoteIdent(fk.name)} FOREIGN KEY (${identList(fk.columns)}) ${references}${match}${onUpdate}${onDelete}${deferrable(fk)}${notValid}`;
}

/** A constraint as CREATE TABLE and ADD CONSTRAINT write it. */
export function constraintClause(c: TableConstraint): string {
  switch (c.type) {
    case 'primaryKey':
      return `CONSTRAINT ${quoteIdent(c.def.name)} PRIMARY KEY (${identList(c.def.columns)})`;
    case 'unique':
      return uniqueClause(c.def);
    case 'check':
      return checkClause(c.def);
    case 'exclusion':
      return `CONSTRAINT ${quoteIdent(c.def.name)} ${c.def.definition}`;
    case 'foreignKey':
      return foreignKeyClause(c.def);
  }
}

const alterTable = (on: On) => `ALTER TABLE ${qualify(on.schema, on.table)}`;

/**
 * On an existing table, foreign keys and checks are added NOT VALID (a short lock, no scan) and then
 * validated (a scan that lets reads and writes continue). A new table is empty: the plain form is enough.
 */
function addConstraint(change: ChangeOf<'constraint.add'>, context: EmitContext) {
  const { constraint: c } = change;
  const on = { schema: change.schema, table: change.table };
  if (isCreated(context, on)) return [statement(`${alterTable(on)} ADD ${constraintClause(c)}`)];
  if (c.type === 'foreignKey' && context.partitioned.has(qualifiedKey(on.schema, on.table)))
    return [addValidatedForeignKey(on, c.def)];
  if (c.type === 'foreignKey' || c.type === 'check') return addThenValidate(on, c);
  const build = hazard(
    'INDEX_BUILD',
    `builds the index of "${c.def.name}" on table ${shown(on.schema, on.table)}`,
  );
  return [
    statement(`${alterTable(on)} ADD ${constraintClause(c)}`, [exclusiveLock(on.schema, on.table), build]),
  ];
}

function addThenValidate(on: On, c: Extract<TableConstraint, { type: 'foreignKey' | 'check' }>) {
  const add =
    c.type === 'foreignKey'
      ? statement(`${alterTable(on)} ADD ${foreignKeyClause({ ...c.def, notValid: true })}`, [
          hazard(
            'SHARE_LOCK',
            `briefly blocks writes to ${shown(on.schema, on.table)} and ${shown(c.def.refSchema, c.def.refTable)}`,
          ),
        ])
      : statement(`${alterTable(on)} ADD ${checkClause({ ...c.def, notValid: true })}`, [
          exclusiveLock(on.schema, on.table),
        ]);
  if (c.def.notValid) return [add];
  return [add, validate(on, c.def.name)];
}

/** PostgreSQL refuses NOT VALID foreign keys on partitioned tables: the key is added and checked at once. */
function addValidatedForeignKey(on: On, fk: ForeignKeyDef) {
  return statement(`${alterTable(on)} ADD ${foreignKeyClause(fk)}`, [
    hazard(
      'SHARE_LOCK',
      `blocks writes to ${shown(on.schema, on.table)} and ${shown(fk.refSchema, fk.refTable)} during the check`,
    ),
    hazard('VALIDATION_SCAN', `scans every partition of ${shown(on.schema, on.table)} to check "${fk.name}"`),
  ]);
}

function validate(on: On, name: string) {
  return statement(`${alterTable(on)} VALIDATE CONSTRAINT ${quoteIdent(name)}`, [
    hazard('VALIDATION_SCAN', `scans table ${shown(on.schema, on.table)} to validate "${name}"`),
  ]);
}

function dropConstraint({ schema, table, constraint: c }: ChangeOf<'constraint.drop'>) {
  const hazards = [exclusiveLock(schema, table)];
  if (c.type === 'primaryKey' || c.type === 'unique' || c.type === 'exclusion')
    hazards.push(
      hazard('INDEX_DROPPED', `drops the index of "${c.def.name}" on table ${shown(schema, table)}`),
    );
  return [statement(`${alterTable({ schema, table })} DROP CONSTRAINT ${quoteIdent(c.def.name)}`, hazards)];
}

export const constraintEmitters: EmitterMap<Kinds> = {
  'constraint.add': addConstraint,
  'constraint.drop': dropConstraint,
  'constraint.rename': ({ schema, table, from, to }, context) => [
    statement(
      `${alterTable({ schema, table })} RENAME CONSTRAINT ${quoteIdent(from)} TO ${quoteIdent(to)}`,
      onExisting(context, { schema, table }, [exclusiveLock(schema, table)]),
    ),
  ],
  'constraint.validate': ({ schema, table, name }) => [validate({ schema, table }, name)],
};
