import { qualifiedKey, type ViewColumnDef, type ViewDef } from '@schema-studio/schema';
import type { ColumnRow } from './columns.sql.ts';
import { unqualify } from './unqualify.ts';
import type { ViewRow } from './views.sql.ts';

/**
 * A view: its SELECT without the database qualifier, the non-default options in `name=value` form
 * (`algorithm=merge`, `check_option=cascaded`, `security=invoker`), and what it reads among `known` (the
 * database's tables, views and routines) as qualified keys (`.name`, schema `''`).
 */
export function toView(
  row: ViewRow,
  columns: readonly ColumnRow[],
  database: string,
  known: ReadonlySet<string>,
): ViewDef {
  const { sql, references } = unqualify(row.definition, database);
  const options = viewOptions(row);
  return {
    schema: '',
    name: row.name,
    materialized: false,
    definition: sql,
    columns: columns.map(toViewColumn),
    ...(options.length > 0 ? { options } : {}),
    indexes: [],
    triggers: [],
    dependsOn: references
      .filter((name) => name !== row.name && known.has(name))
      .map((n) => qualifiedKey('', n)),
  };
}

function toViewColumn(row: ColumnRow): ViewColumnDef {
  return { name: row.name, type: row.type, ...(row.comment ? { comment: row.comment } : {}) };
}

function viewOptions(row: ViewRow): string[] {
  const options: string[] = [];
  if (row.algorithm && row.algorithm !== 'UNDEFINED')
    options.push(`algorithm=${row.algorithm.toLowerCase()}`);
  if (row.checkOption !== 'NONE') options.push(`check_option=${row.checkOption.toLowerCase()}`);
  if (row.security !== 'DEFINER') options.push(`security=${row.security.toLowerCase()}`);
  return options.sort();
}
