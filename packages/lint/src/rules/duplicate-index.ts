import type { IndexDef, TableDef } from '@schema-studio/schema';
import { dropFixParts, dropIndex } from '../drop-index.ts';
import { keyList, tableName } from '../format.ts';
import { isLeadingPrefix, isPlainBtree, keyIndexes } from '../keys.ts';
import type { Rule, RuleContext, RuleFinding } from '../types.ts';

/** What makes two indexes the same structure; names, comments and storage options do not. */
function signature(index: IndexDef): string {
  return JSON.stringify([
    index.method.toLowerCase(),
    index.unique,
    index.keys.map((k) => [
      k.column,
      !!k.expression,
      !!k.descending,
      k.nullsFirst,
      k.opclass,
      k.collation,
      k.length,
    ]),
    [...(index.include ?? [])].sort(),
    index.where,
    !!index.nullsNotDistinct,
  ]);
}

/**
 * What `index` repeats: an earlier index of the table, or the primary key or a unique constraint of the same
 * columns. A unique index beside a unique constraint is left to `unique-index-duplicates-constraint`.
 */
function duplicated(table: TableDef, index: IndexDef, position: number): string | undefined {
  const same = table.indexes.slice(0, position).find((other) => signature(other) === signature(index));
  if (same) return `index ${same.name}`;
  if (!isPlainBtree(index) || index.include?.length) return undefined;
  const key = keyIndexes(table).find(
    (k) =>
      k.kind !== 'index' &&
      (k.kind === 'primaryKey' || !index.unique) &&
      k.keys.length === index.keys.length &&
      isLeadingPrefix(index.keys, k.keys),
  );
  if (key === undefined) return undefined;
  return key.kind === 'primaryKey' ? `the primary key ${key.name}` : `unique constraint ${key.name}`;
}

function finding(context: RuleContext, table: TableDef, index: IndexDef, of: string): RuleFinding {
  const { fix, note } = dropFixParts(dropIndex(context, table, index));
  return {
    object: { kind: 'index', schema: table.schema, table: table.name, name: index.name },
    message: `Index ${index.name} on ${tableName(table)} ${keyList(index.keys)} duplicates ${of}.${note}`,
    why: 'An identical index answers no query the other cannot, yet every write maintains both and both take memory and disk.',
    ...(fix ? { fix } : {}),
  };
}

export const duplicateIndex: Rule = {
  id: 'duplicate-index',
  defaultSeverity: 'warning',
  summary: 'An index repeats another index, the primary key or a unique constraint.',
  check: (context) =>
    context.model.tables.flatMap((table) =>
      table.indexes.flatMap((index, i) => {
        const of = duplicated(table, index, i);
        return of === undefined ? [] : [finding(context, table, index, of)];
      }),
    ),
};
