/** Primary keys, unique keys, checks, foreign keys and indexes. */
import type { ChangeOf, Hazard, TableConstraint } from '@schema-studio/diff';
import type { IndexDef } from '@schema-studio/schema';
import type { MysqlChangeOf } from '../changes.ts';
import {
  checkClause,
  foreignKeyClause,
  indexClause,
  isSpecialIndex,
  primaryKeyClause,
  uniqueClause,
} from '../ddl.ts';
import { type OnlineOp, onlineClause, onlineHazards } from '../online-rules.ts';
import { quoteIdent } from '../quote.ts';
import {
  type EmitContext,
  foreignKeyKey,
  hazard,
  isCreated,
  type On,
  onExisting,
  shown,
  statement,
  traitsOf,
} from '../statement.ts';

const alter = (on: On) => `ALTER TABLE ${quoteIdent(on.table)}`;

function alterWith(
  context: EmitContext,
  on: On,
  op: OnlineOp,
  body: string,
  why: string,
  extra: Hazard[] = [],
) {
  const traits = traitsOf(context, on);
  return statement(
    `${alter(on)} ${body}${onlineClause(op, traits)}`,
    onExisting(context, on, [...onlineHazards(op, traits, why), ...extra]),
  );
}

const build = (name: string, table: string) =>
  hazard('INDEX_BUILD', `builds index "${name}" on ${shown(table)}`);
const duplicates = (name: string, table: string) =>
  hazard('VALIDATION_SCAN', `fails if ${shown(table)} already holds duplicates for "${name}"`);
const dropped = (name: string, table: string) =>
  hazard('INDEX_DROPPED', `drops index "${name}" on ${shown(table)}; queries using it slow down`);

function addConstraint(on: On, c: TableConstraint, context: EmitContext) {
  switch (c.type) {
    case 'primaryKey':
      return [
        alterWith(
          context,
          on,
          'changePrimaryKey',
          `ADD ${primaryKeyClause(c.def.columns)}`,
          'add its primary key',
        ),
      ];
    case 'unique':
      return [
        alterWith(context, on, 'addIndex', `ADD ${uniqueClause(c.def.name, c.def.columns, 'INDEX')}`, '', [
          build(c.def.name, on.table),
          duplicates(c.def.name, on.table),
        ]),
      ];
    case 'check':
      return [
        alterWith(
          context,
          on,
          'addCheck',
          `ADD ${checkClause(c.def)}`,
          `check every row against "${c.def.name}"`,
          [hazard('VALIDATION_SCAN', `fails if a row of ${shown(on.table)} violates "${c.def.name}"`)],
        ),
      ];
    case 'foreignKey': {
      if (context.inlineForeignKeys.has(foreignKeyKey(on.schema, on.table, c.def.name))) return [];
      const fk = c.def;
      return [
        alterWith(
          context,
          on,
          'addForeignKey',
          `ADD ${foreignKeyClause(on.schema, fk)}`,
          `add foreign key "${fk.name}"`,
          [
            hazard(
              'VALIDATION_SCAN',
              `checks every row of ${shown(on.table)} against ${shown(fk.refTable)}, which is locked against writes meanwhile`,
            ),
          ],
        ),
      ];
    }
    case 'exclusion':
      return []; // PostgreSQL only: a MySQL model has none.
  }
}

function dropConstraint(on: On, c: TableConstraint, context: EmitContext) {
  switch (c.type) {
    case 'primaryKey':
      return [
        alterWith(context, on, 'changePrimaryKey', 'DROP PRIMARY KEY', 'drop its primary key', [
          dropped('PRIMARY', on.table),
        ]),
      ];
    case 'unique':
      return [
        alterWith(context, on, 'dropIndex', `DROP INDEX ${quoteIdent(c.def.name)}`, '', [
          dropped(c.def.name, on.table),
        ]),
      ];
    case 'check':
      return [alterWith(context, on, 'dropCheck', `DROP CONSTRAINT ${quoteIdent(c.def.name)}`, '')];
    case 'foreignKey':
      return [alterWith(context, on, 'dropForeignKey', `DROP FOREIGN KEY ${quoteIdent(c.def.name)}`, '')];
    case 'exclusion':
      return [];
  }
}

/**
 * MySQL renames indexes but not constraints: a unique key is an index, a check or foreign key is dropped and
 * added under its new name.
 */
function renameConstraint({ schema, table, from, to }: ChangeOf<'constraint.rename'>, context: EmitContext) {
  const on = { schema, table };
  const after = context.toTable(on);
  const unique = after?.uniques.find((u) => u.name === to);
  if (unique)
    return [
      alterWith(context, on, 'renameIndex', `RENAME INDEX ${quoteIdent(from)} TO ${quoteIdent(to)}`, ''),
    ];
  const check = after?.checks.find((c) => c.name === to);
  if (check)
    return [
      ...dropConstraint(on, { type: 'check', def: { ...check, name: from } }, context),
      ...addConstraint(on, { type: 'check', def: check }, context),
    ];
  const fk = after?.foreignKeys.find((f) => f.name === to);
  if (fk)
    return [
      ...dropConstraint(on, { type: 'foreignKey', def: { ...fk, name: from } }, context),
      ...addConstraint(on, { type: 'foreignKey', def: fk }, context),
    ];
  return [];
}

/** InnoDB adds a hidden FTS_DOC_ID column, by rebuilding the table, for the first FULLTEXT index it gets. */
function firstFulltext(context: EmitContext, on: On, index: IndexDef): boolean {
  if (index.method.toUpperCase() !== 'FULLTEXT') return false;
  const before = context.fromTable(on);
  return !before?.indexes.some((i) => i.method.toUpperCase() === 'FULLTEXT');
}

const ftsRebuild = (table: string) =>
  hazard(
    'TABLE_REWRITE',
    `rebuilds table ${shown(table)} to add the hidden FTS_DOC_ID column of its first FULLTEXT index`,
  );

function createIndex({ schema, table, index }: ChangeOf<'index.create'>, context: EmitContext) {
  const on = { schema, table };
  if (isCreated(context, on)) return []; // declared inside CREATE TABLE
  const special = isSpecialIndex(index);
  const extra = [
    ...(firstFulltext(context, on, index) ? [ftsRebuild(table)] : []),
    build(index.name, table),
    ...(index.unique ? [duplicates(index.name, table)] : []),
  ];
  const op = special ? 'addFulltextOrSpatialIndex' : 'addIndex';
  return [alterWith(context, on, op, `ADD ${indexClause(index, 'INDEX')}`, '', extra)];
}

function replaceIndex({ schema, table, index }: MysqlChangeOf<'mysql.index.replace'>, context: EmitContext) {
  const on = { schema, table };
  const body = `DROP INDEX ${quoteIdent(index.name)}, ADD ${indexClause(index, 'INDEX')}`;
  const op = isSpecialIndex(index) ? 'addFulltextOrSpatialIndex' : 'addIndex';
  // The combined statement is not covered by the rules of either half: no clause.
  return [
    statement(
      `${alter(on)} ${body}`,
      onExisting(context, on, [...onlineHazards(op, traitsOf(context, on), ''), rebuildHazard(index, table)]),
    ),
  ];
}

const rebuildHazard = (index: IndexDef, table: string) =>
  hazard(
    'INDEX_BUILD',
    `rebuilds index "${index.name}" on ${shown(table)}; queries using it slow down meanwhile`,
  );

export const keyEmitters = {
  'constraint.add': (c: ChangeOf<'constraint.add'>, context: EmitContext) =>
    addConstraint({ schema: c.schema, table: c.table }, c.constraint, context),
  'constraint.drop': (c: ChangeOf<'constraint.drop'>, context: EmitContext) =>
    dropConstraint({ schema: c.schema, table: c.table }, c.constraint, context),
  'constraint.rename': renameConstraint,
  'mysql.primaryKey.replace': (
    { schema, table, to }: MysqlChangeOf<'mysql.primaryKey.replace'>,
    context: EmitContext,
  ) => [
    // One statement: an AUTO_INCREMENT column must stay a key, and the table is rebuilt once, not twice.
    alterWith(
      context,
      { schema, table },
      'changePrimaryKey',
      `DROP PRIMARY KEY, ADD ${primaryKeyClause(to)}`,
      'replace its primary key',
      [dropped('PRIMARY', table)],
    ),
  ],
  'index.create': createIndex,
  'index.drop': ({ schema, table, index }: ChangeOf<'index.drop'>, context: EmitContext) => [
    alterWith(context, { schema, table }, 'dropIndex', `DROP INDEX ${quoteIdent(index.name)}`, '', [
      dropped(index.name, table),
    ]),
  ],
  'index.rename': ({ schema, from, to }: ChangeOf<'index.rename'>, context: EmitContext) => {
    const table = context.indexRenameTable(schema, from, to);
    if (table === undefined) return [];
    return [
      alterWith(
        context,
        { schema, table },
        'renameIndex',
        `RENAME INDEX ${quoteIdent(from)} TO ${quoteIdent(to)}`,
        '',
      ),
    ];
  },
  'mysql.index.replace': replaceIndex,
};
