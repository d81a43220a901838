import type { TableDef } from '@schema-studio/schema';
import { columnList, tableName } from '../format.ts';
import type { Rule, RuleFinding } from '../types.ts';

interface UniqueKey {
  readonly name: string;
  readonly columns: readonly string[];
  readonly nullsNotDistinct: boolean;
}

/** Unique constraints and whole-table unique indexes on plain columns: the table's candidate keys. */
function uniqueKeys(table: TableDef): UniqueKey[] {
  const indexes = table.indexes.filter(
    (i) => i.unique && i.where === undefined && i.keys.every((k) => !k.expression),
  );
  return [
    ...table.uniques.map((u) => ({
      name: u.name,
      columns: u.columns,
      nullsNotDistinct: !!u.nullsNotDistinct,
    })),
    ...indexes.map((i) => ({
      name: i.name,
      columns: i.keys.map((k) => k.column),
      nullsNotDistinct: !!i.nullsNotDistinct,
    })),
  ];
}

function nullableColumns(table: TableDef, key: UniqueKey): string[] {
  return key.columns.filter((name) => table.columns.find((c) => c.name === name)?.nullable);
}

/** Fires only without a primary key: with one, a nullable unique column is usually "optional but unique". */
function finding(table: TableDef): RuleFinding | undefined {
  if (table.primaryKey !== undefined || table.partitionOf !== undefined) return undefined;
  const keys = uniqueKeys(table);
  if (keys.length === 0) return undefined;
  if (keys.some((k) => k.nullsNotDistinct || nullableColumns(table, k).length === 0)) return undefined;
  const list = keys.map(
    (k) => `${k.name} ${columnList(k.columns)} has nullable ${nullableColumns(table, k).join(', ')}`,
  );
  return {
    object: { kind: 'table', schema: table.schema, name: table.name },
    message: `Every unique key of ${tableName(table)} has a nullable column: ${list.join('; ')}.`,
    why: 'NULLs never equal each other, so rows with a NULL in the key may repeat: the table has no key that really identifies a row.',
  };
}

export const nullableUniqueKeys: Rule = {
  id: 'nullable-unique-keys',
  defaultSeverity: 'warning',
  summary: 'A table without a primary key has a nullable column in every unique key.',
  check: ({ model }) => model.tables.flatMap((t) => finding(t) ?? []),
};
