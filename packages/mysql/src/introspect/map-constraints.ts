import type { CheckDef, FkAction, ForeignKeyDef } from '@schema-studio/schema';
import type { CheckRow } from './checks.sql.ts';
import type { ForeignKeyPartRow } from './foreign-keys.sql.ts';
import { quoteIdentifier } from './quote.ts';

const ACTIONS: Record<string, FkAction> = {
  CASCADE: 'cascade',
  'SET NULL': 'set null',
  'SET DEFAULT': 'set default',
  RESTRICT: 'restrict',
  'NO ACTION': 'no action',
};

function action(rule: string): FkAction {
  return ACTIONS[rule] ?? 'no action';
}

/**
 * Foreign keys of one table from its KEY_COLUMN_USAGE rows (sorted by name, position). A referenced table in
 * the same database gets schema `''`, like every table of the model; one in another database keeps its name.
 */
export function toForeignKeys(parts: readonly ForeignKeyPartRow[], database: string): ForeignKeyDef[] {
  const byName = new Map<string, ForeignKeyPartRow[]>();
  for (const part of parts) byName.set(part.name, [...(byName.get(part.name) ?? []), part]);
  return [...byName.values()].map((rows) => {
    const sorted = [...rows].sort((a, b) => a.position - b.position);
    const first = sorted[0] as ForeignKeyPartRow;
    return {
      name: first.name,
      columns: sorted.map((r) => r.column),
      refSchema: first.refSchema === database ? '' : first.refSchema,
      refTable: first.refTable,
      refColumns: sorted.map((r) => r.refColumn),
      onUpdate: action(first.onUpdate),
      onDelete: action(first.onDelete),
      // MySQL parses MATCH and DEFERRABLE but implements neither.
      match: 'simple',
      deferrable: false,
      initiallyDeferred: false,
    };
  });
}

export function toCheck(row: CheckRow): CheckDef {
  return { name: row.name, expression: row.clause };
}

/**
 * MariaDB's JSON alias: a column-level check `json_valid(`col`)` named after its column (servers that do not
 * report the level are taken at the name and clause).
 */
export function isJsonValidCheck(row: CheckRow): boolean {
  const columnLevel = row.level === null || row.level.toUpperCase() === 'COLUMN';
  return columnLevel && row.clause === `json_valid(${quoteIdentifier(row.name)})`;
}
