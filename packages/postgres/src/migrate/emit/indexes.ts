import type { ChangeOf } from '@schema-studio/diff';
import type { IndexDef, IndexKeyDef } from '@schema-studio/schema';
import { qualifiedKey } from '@schema-studio/schema';
import { collationRef, identList, qualify, quoteIdent } from '../quote.ts';
import {
  type EmitContext,
  type EmitterMap,
  exclusiveLock,
  hazard,
  isCreated,
  shown,
  statement,
} from '../statement.ts';

type Kinds = 'index.create' | 'index.drop' | 'index.rename';

function keyClause(k: IndexKeyDef): string {
  const parts = [k.expression ? `(${k.column})` : quoteIdent(k.column)];
  if (k.collation !== undefined) parts.push(`COLLATE ${collationRef(k.collation)}`);
  if (k.opclass !== undefined) parts.push(k.opclass);
  if (k.descending) parts.push('DESC');
  if (k.nullsFirst !== undefined) parts.push(k.nullsFirst ? 'NULLS FIRST' : 'NULLS LAST');
  return parts.join(' ');
}

/** `CREATE [UNIQUE] INDEX [CONCURRENTLY] name ON table [USING method] (keys) ...`; btree is the default method. */
export function createIndexSql(
  on: { schema: string; table: string },
  index: IndexDef,
  concurrently: boolean,
): string {
  const unique = index.unique ? 'UNIQUE ' : '';
  const how = concurrently ? 'CONCURRENTLY ' : '';
  const method = index.method === 'btree' ? '' : ` USING ${index.method}`;
  const include = index.include?.length ? ` INCLUDE (${identList(index.include)})` : '';
  const nulls = index.nullsNotDistinct ? ' NULLS NOT DISTINCT' : '';
  const options = index.options?.length ? ` WITH (${index.options.join(', ')})` : '';
  const where = index.where !== undefined ? ` WHERE ${index.where}` : '';
  const keys = index.keys.map(keyClause).join(', ');
  return `CREATE ${unique}INDEX ${how}${quoteIdent(index.name)} ON ${qualify(on.schema, on.table)}${method} (${keys})${include}${nulls}${options}${where}`;
}

/**
 * On an existing table the index is built CONCURRENTLY (no write lock, outside a transaction); partitioned
 * tables do not support that and take a SHARE lock instead. New tables and views get the plain form.
 */
function createIndex({ schema, table, index }: ChangeOf<'index.create'>, context: EmitContext) {
  const on = { schema, table };
  if (isCreated(context, on)) return [statement(createIndexSql(on, index, false))];
  const build = hazard('INDEX_BUILD', `builds index "${index.name}" on ${shown(schema, table)}`);
  if (context.partitioned.has(qualifiedKey(schema, table))) {
    const share = hazard(
      'SHARE_LOCK',
      `blocks writes to partitioned table ${shown(schema, table)} during the build`,
    );
    return [statement(createIndexSql(on, index, false), [share, build])];
  }
  const outside = hazard(
    'NOT_TRANSACTIONAL',
    `CREATE INDEX CONCURRENTLY "${index.name}" runs outside a transaction`,
  );
  return [statement(createIndexSql(on, index, true), [outside, build], false)];
}

/**
 * A plain DROP INDEX takes an ACCESS EXCLUSIVE lock on the table, and while it waits for running queries every
 * query behind it waits too; CONCURRENTLY takes no lock that blocks reads or writes (outside a transaction).
 * Partitioned tables' indexes cannot be dropped concurrently, so they keep the plain form and its lock.
 */
function dropIndex({ schema, table, index }: ChangeOf<'index.drop'>, context: EmitContext) {
  const dropped = hazard(
    'INDEX_DROPPED',
    `drops index "${index.name}" on ${shown(schema, table)}; queries using it slow down`,
  );
  const name = qualify(schema, index.name);
  if (context.partitioned.has(qualifiedKey(schema, table))) {
    return [statement(`DROP INDEX ${name}`, [dropped, exclusiveLock(schema, table)])];
  }
  const outside = hazard(
    'NOT_TRANSACTIONAL',
    `DROP INDEX CONCURRENTLY "${index.name}" runs outside a transaction`,
  );
  return [statement(`DROP INDEX CONCURRENTLY ${name}`, [dropped, outside], false)];
}

export const indexEmitters: EmitterMap<Kinds> = {
  'index.create': createIndex,
  'index.drop': dropIndex,
  'index.rename': ({ schema, from, to }) => [
    statement(`ALTER INDEX ${qualify(schema, from)} RENAME TO ${quoteIdent(to)}`),
  ],
};
