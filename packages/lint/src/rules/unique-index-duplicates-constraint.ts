import type { IndexDef, TableDef, UniqueDef } from '@schema-studio/schema';
import { dropFixParts, dropIndex } from '../drop-index.ts';
import { columnList, keyList, tableName } from '../format.ts';
import { isPlainBtree } from '../keys.ts';
import type { Rule, RuleContext, RuleFinding } from '../types.ts';

/** The unique constraint that enforces exactly what this unique index enforces: same columns, same NULLs. */
function twin(table: TableDef, index: IndexDef): UniqueDef | undefined {
  if (!index.unique || !isPlainBtree(index) || index.include?.length) return undefined;
  if (index.keys.some((k) => k.expression || k.length !== undefined)) return undefined;
  const columns = index.keys.map((k) => k.column);
  return table.uniques.find(
    (u) =>
      u.columns.length === columns.length &&
      u.columns.every((c) => columns.includes(c)) &&
      !!u.nullsNotDistinct === !!index.nullsNotDistinct,
  );
}

function finding(context: RuleContext, table: TableDef, index: IndexDef, unique: UniqueDef): RuleFinding {
  const { fix, note } = dropFixParts(dropIndex(context, table, index));
  return {
    object: { kind: 'index', schema: table.schema, table: table.name, name: index.name },
    message: `Unique index ${index.name} on ${tableName(table)} ${keyList(index.keys)} enforces what unique constraint ${unique.name} ${columnList(unique.columns)} already does.${note}`,
    why: 'The constraint has its own index, so this one doubles the write cost and storage without adding a guarantee.',
    ...(fix ? { fix } : {}),
  };
}

export const uniqueIndexDuplicatesConstraint: Rule = {
  id: 'unique-index-duplicates-constraint',
  defaultSeverity: 'warning',
  summary: 'A unique index repeats a unique constraint on the same columns.',
  check: (context) =>
    context.model.tables.flatMap((table) =>
      table.indexes.flatMap((index) => {
        const unique = twin(table, index);
        return unique === undefined ? [] : [finding(context, table, index, unique)];
      }),
    ),
};
