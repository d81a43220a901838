import { type ColumnDef, foreignKey, type TableDef } from '@schema-studio/schema';
import { normalizeType } from '../column-types.ts';
import { tableName } from '../format.ts';
import { freshName } from '../index-names.ts';
import { type ReferencedKey, referencedKey } from '../references.ts';
import type { Rule, RuleContext, RuleFinding } from '../types.ts';

/**
 * Whether a foreign key covers the column, on the table or, for a partitioned table, on a partition: older
 * PostgreSQL could not put keys on a partitioned parent, so schemas like pagila declare them per partition.
 */
function inSomeForeignKey(context: RuleContext, table: TableDef, column: ColumnDef): boolean {
  const partitions = context.model.tables.filter(
    (t) => t.partitionOf?.schema === table.schema && t.partitionOf.table === table.name,
  );
  return [table, ...partitions].some((t) => t.foreignKeys.some((fk) => fk.columns.includes(column.name)));
}

/** The key `column` names, when its type matches: a different type suggests it is not a reference after all. */
function target(context: RuleContext, table: TableDef, column: ColumnDef): ReferencedKey | undefined {
  if (inSomeForeignKey(context, table, column)) return undefined;
  const key = referencedKey(context.model, table, column.name);
  if (key === undefined) return undefined;
  const same =
    normalizeType(key.column.type, context.dialect) === normalizeType(column.type, context.dialect);
  return same ? key : undefined;
}

function finding(context: RuleContext, table: TableDef, column: ColumnDef, key: ReferencedKey): RuleFinding {
  const ref = { schema: key.table.schema, table: key.table.name, columns: [key.column.name] };
  // PostgreSQL's conventional name, cut to the dialect's limit and kept clear of names the table uses.
  const fk = {
    ...foreignKey(table.name, [column.name], ref),
    name: freshName(table, [column.name], 'fkey', context.dialect),
  };
  return {
    object: { kind: 'column', schema: table.schema, table: table.name, name: column.name },
    message: `Column ${tableName(table)}.${column.name} looks like a reference to ${tableName(key.table)}.${key.column.name} but has no foreign key.`,
    why: 'Without the constraint nothing stops rows that point at nothing, and tools (and people) cannot see the relationship.',
    fix: [{ kind: 'fk.add', schema: table.schema, table: table.name, fk }],
  };
}

export const referenceWithoutForeignKey: Rule = {
  id: 'reference-without-foreign-key',
  defaultSeverity: 'warning',
  summary: 'A `*_id` column names the key of another table but has no foreign key.',
  check: (context) =>
    context.model.tables
      .filter((t) => t.partitionOf === undefined)
      .flatMap((table) =>
        table.columns.flatMap((column) => {
          const key = target(context, table, column);
          return key === undefined ? [] : [finding(context, table, column, key)];
        }),
      ),
};
