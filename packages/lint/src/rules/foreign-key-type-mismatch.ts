import type { ColumnDef, ForeignKeyDef, TableDef } from '@schema-studio/schema';
import { normalizeType } from '../column-types.ts';
import { tableName } from '../format.ts';
import type { Rule, RuleContext, RuleFinding } from '../types.ts';

interface Pair {
  readonly column: ColumnDef;
  readonly ref: ColumnDef;
}

function mismatches(context: RuleContext, table: TableDef, fk: ForeignKeyDef): Pair[] {
  const target = context.table(fk.refSchema, fk.refTable);
  if (target === undefined) return [];
  return fk.columns.flatMap((name, i) => {
    const column = table.columns.find((c) => c.name === name);
    const ref = target.columns.find((c) => c.name === fk.refColumns[i]);
    if (column === undefined || ref === undefined) return [];
    const differs = normalizeType(column.type, context.dialect) !== normalizeType(ref.type, context.dialect);
    return differs ? [{ column, ref }] : [];
  });
}

function finding(table: TableDef, fk: ForeignKeyDef, pairs: readonly Pair[]): RuleFinding {
  const target = tableName({ schema: fk.refSchema, name: fk.refTable });
  const list = pairs.map(
    (p) => `${p.column.name} is ${p.column.type}, ${target}.${p.ref.name} is ${p.ref.type}`,
  );
  return {
    object: { kind: 'foreignKey', schema: table.schema, table: table.name, name: fk.name },
    message: `Foreign key ${fk.name} on ${tableName(table)} joins columns of different types: ${list.join('; ')}.`,
    why: 'Values must convert on every check and join, which can rule out the index on the key; a narrower referencing column also fails once the key outgrows it.',
  };
}

export const foreignKeyTypeMismatch: Rule = {
  id: 'foreign-key-type-mismatch',
  defaultSeverity: 'error',
  summary: 'A foreign key column has a different type from the key it references.',
  check: (context) =>
    context.model.tables.flatMap((table) =>
      table.foreignKeys.flatMap((fk) => {
        const pairs = mismatches(context, table, fk);
        return pairs.length === 0 ? [] : [finding(table, fk, pairs)];
      }),
    ),
};
