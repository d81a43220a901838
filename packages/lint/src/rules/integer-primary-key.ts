import type { ColumnDef, Dialect, TableDef } from '@schema-studio/schema';
import { normalizeType } from '../column-types.ts';
import { tableName } from '../format.ts';
import type { LiveFacts, Rule, RuleContext, RuleFinding, Severity } from '../types.ts';

/** Largest value of the 32-bit types the rule looks at. */
const MAX: Readonly<Record<string, number>> = {
  integer: 2_147_483_647,
  int: 2_147_483_647,
  'int unsigned': 4_294_967_295,
};

/** Whether the database hands out the values itself: identity, serial (`nextval`) or AUTO_INCREMENT. */
function generated(column: ColumnDef): boolean {
  return (
    column.identity !== undefined ||
    /^nextval\(/i.test(column.default ?? '') ||
    column.mysql?.autoIncrement === true
  );
}

function integerKey(table: TableDef, dialect: Dialect): { column: ColumnDef; max: number } | undefined {
  const pk = table.primaryKey?.columns;
  if (pk?.length !== 1 || table.partitionOf !== undefined) return undefined;
  const column = table.columns.find((c) => c.name === pk[0]);
  const max = column && MAX[normalizeType(column.type, dialect)];
  return column && max && generated(column) ? { column, max } : undefined;
}

/** The live evidence and how bad it is; headroom is the surer signal, so it speaks first. */
function escalation(live: LiveFacts, table: TableDef, column: ColumnDef, max: number) {
  const key = `${table.schema}.${table.name}`;
  const headroom = live.sequenceHeadroom?.[`${key}.${column.name}`];
  if (headroom !== undefined && headroom < 0.5) {
    const severity: Severity = headroom < 0.1 ? 'error' : 'warning';
    return { severity, fact: ` Only ${Math.round(headroom * 100)}% of its range is left.` };
  }
  const rows = live.rowEstimates?.[key];
  if (rows !== undefined && rows >= max / 2) {
    const severity: Severity = rows >= max * 0.8 ? 'error' : 'warning';
    return { severity, fact: ` The table holds about ${rows} rows of at most ${max} keys.` };
  }
  return undefined;
}

function finding(context: RuleContext, table: TableDef, column: ColumnDef, max: number): RuleFinding {
  const live = escalation(context.live, table, column, max);
  return {
    object: { kind: 'column', schema: table.schema, table: table.name, name: column.name },
    message: `Primary key ${tableName(table)}.${column.name} is a generated ${column.type} (at most ${max}).${live?.fact ?? ''}`,
    why: 'A busy table can use up a 32-bit key range; inserts then fail, and widening the key later rewrites the table and every referencing column under a lock.',
    ...(live ? { severity: live.severity } : {}),
  };
}

export const integerPrimaryKey: Rule = {
  id: 'integer-primary-key',
  defaultSeverity: 'info',
  summary: 'A generated 32-bit integer primary key; escalated by live row estimates and sequence headroom.',
  check: (context) =>
    context.model.tables.flatMap((table) => {
      const key = integerKey(table, context.dialect);
      return key ? [finding(context, table, key.column, key.max)] : [];
    }),
};
