import type { ChangeOf } from '@schema-studio/diff';
import type { MysqlChangeOf } from '../changes.ts';
import { createTableSql, optionText, tableOptions } from '../ddl.ts';
import { type OnlineOp, onlineClause, onlineHazards } from '../online-rules.ts';
import { quoteIdent, quoteString } from '../quote.ts';
import {
  type EmitContext,
  foreignKeyKey,
  hazard,
  onExisting,
  shown,
  statement,
  traitsOf,
} from '../statement.ts';

function createTable({ table: t }: ChangeOf<'table.create'>, context: EmitContext) {
  const inline = t.foreignKeys.filter((fk) =>
    context.inlineForeignKeys.has(foreignKeyKey(t.schema, t.name, fk.name)),
  );
  return [statement(createTableSql(t, inline))];
}

function dropTable({ table: t }: ChangeOf<'table.drop'>) {
  return [
    statement(`DROP TABLE ${quoteIdent(t.name)}`, [
      hazard('DELETES_DATA', `drops table ${shown(t.name)} and all its rows`),
      ...onlineHazards('dropTable', { name: t.name }, ''),
    ]),
  ];
}

function renameTable({ schema, from, to }: ChangeOf<'table.rename'>, context: EmitContext) {
  return [
    statement(`RENAME TABLE ${quoteIdent(from)} TO ${quoteIdent(to)}`, [
      ...onExisting(context, { schema, table: to }, onlineHazards('renameTable', { name: from }, '')),
      hazard('BREAKS_DEPENDENTS', `code naming table ${shown(from)} must use ${shown(to)}`),
    ]),
  ];
}

/**
 * One statement per kind of option, so each carries its own cost: a new engine or row format copies the
 * table, a new default character set only applies to columns added later, a comment is metadata.
 */
function alterOptions(
  { schema, table, from, to }: MysqlChangeOf<'mysql.table.options'>,
  context: EmitContext,
) {
  const on = { schema, table };
  const traits = traitsOf(context, on);
  const a = from.mysql ?? {};
  const b = to.mysql ?? {};
  const alter = (op: OnlineOp, clauses: readonly string[], why: string) =>
    statement(
      `ALTER TABLE ${quoteIdent(table)} ${clauses.join(' ')}${onlineClause(op, traits)}`,
      onExisting(context, on, onlineHazards(op, traits, why)),
    );
  const out = [];
  const storage = [
    ...(a.engine === b.engine || b.engine === undefined ? [] : [`ENGINE=${b.engine}`]),
    // No row format in the model means none was named: DEFAULT gives the server's choice back.
    ...(a.rowFormat === b.rowFormat ? [] : [`ROW_FORMAT=${b.rowFormat?.toUpperCase() ?? 'DEFAULT'}`]),
  ];
  if (storage.length > 0)
    out.push(alter('changeEngineOrRowFormat', storage, 'change its engine or row format'));
  const charset = tableOptions({
    ...to,
    mysql: { charset: b.charset, collation: b.collation },
    options: [],
    comment: undefined,
  });
  if ((a.charset !== b.charset || a.collation !== b.collation) && charset.length > 0)
    out.push(alter('changeDefaultCharset', charset, ''));
  if (from.comment !== to.comment)
    out.push(alter('changeTableComment', [`COMMENT=${quoteString(to.comment ?? '')}`], ''));
  return out;
}

/** Options that change how rows are stored make the server rebuild the table. */
const STORAGE_OPTION = /^(?:key_block_size|page_compressed|page_compression_level|compression|encryption)=/i;

/** `name=value` options the model keeps beside the named ones; a removed one goes back to DEFAULT. */
function setOptions({ schema, table, set, reset }: ChangeOf<'table.setOptions'>, context: EmitContext) {
  const on = { schema, table };
  const traits = traitsOf(context, on);
  const clauses = [...reset.map((name) => `${name.toUpperCase()}=DEFAULT`), ...set.map(optionText)];
  const storage = [...set, ...reset.map((n) => `${n}=`)].some((o) => STORAGE_OPTION.test(o));
  const op = storage ? 'changeEngineOrRowFormat' : 'changeTableOptions';
  return [
    statement(
      `ALTER TABLE ${quoteIdent(table)} ${clauses.join(' ')}`,
      onExisting(context, on, onlineHazards(op, traits, 'change how its rows are stored')),
    ),
  ];
}

export const tableEmitters = {
  'table.setOptions': setOptions,
  'table.create': createTable,
  'table.drop': dropTable,
  'table.rename': renameTable,
  'mysql.table.options': alterOptions,
};
