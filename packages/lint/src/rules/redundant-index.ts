import type { IndexDef, TableDef } from '@schema-studio/schema';
import { dropFixParts, dropIndex } from '../drop-index.ts';
import { keyList, tableName } from '../format.ts';
import { isLeadingPrefix, isPlainBtree, type KeyIndex, keyIndexes } from '../keys.ts';
import type { Rule, RuleContext, RuleFinding } from '../types.ts';

/**
 * A longer b-tree key whose first keys are exactly this index's. Only plain, non-unique indexes without
 * INCLUDE qualify: a unique one enforces something the longer key does not, and INCLUDE serves index-only scans.
 */
function coveringKey(table: TableDef, index: IndexDef): KeyIndex | undefined {
  if (!isPlainBtree(index) || index.unique || index.include?.length) return undefined;
  return keyIndexes(table).find(
    (k) => k.keys.length > index.keys.length && isLeadingPrefix(index.keys, k.keys),
  );
}

function describe(key: KeyIndex): string {
  if (key.kind === 'primaryKey') return `the primary key ${key.name}`;
  return key.kind === 'unique' ? `unique constraint ${key.name}` : `index ${key.name}`;
}

function finding(context: RuleContext, table: TableDef, index: IndexDef, by: KeyIndex): RuleFinding {
  const { fix, note } = dropFixParts(dropIndex(context, table, index));
  return {
    object: { kind: 'index', schema: table.schema, table: table.name, name: index.name },
    message: `Index ${index.name} on ${tableName(table)} ${keyList(index.keys)} is a leading prefix of ${describe(by)} ${keyList(by.keys)}.${note}`,
    why: 'A b-tree serves lookups by its leading columns, so the longer key already answers these queries; the shorter index only costs writes and space.',
    ...(fix ? { fix } : {}),
  };
}

export const redundantIndex: Rule = {
  id: 'redundant-index',
  defaultSeverity: 'warning',
  summary: 'An index is a leading prefix of another index or key.',
  check: (context) =>
    context.model.tables.flatMap((table) =>
      table.indexes.flatMap((index) => {
        const by = coveringKey(table, index);
        return by === undefined ? [] : [finding(context, table, index, by)];
      }),
    ),
};
