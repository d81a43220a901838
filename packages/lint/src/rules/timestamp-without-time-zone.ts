import type { ColumnDef, TableDef } from '@schema-studio/schema';
import { tableName } from '../format.ts';
import type { Rule, RuleFinding } from '../types.ts';

/** `timestamp(3) without time zone[]` → `timestamp(3) with time zone[]`; other types → undefined. */
export function withTimeZone(type: string): string | undefined {
  const match = /^timestamp(\(\d+\))?( without time zone)?((?:\[\])*)$/.exec(type.trim().toLowerCase());
  if (match === null) return undefined;
  return `timestamp${match[1] ?? ''} with time zone${match[3] ?? ''}`;
}

function finding(table: TableDef, column: ColumnDef, type: string): RuleFinding {
  return {
    object: { kind: 'column', schema: table.schema, table: table.name, name: column.name },
    message: `Column ${tableName(table)}.${column.name} is ${column.type}.`,
    why: 'A timestamp without time zone is a wall-clock reading: the same instant stored from sessions in different time zones differs, and daylight-saving changes make values ambiguous. timestamptz stores the instant.',
    fix: [{ kind: 'column.setType', schema: table.schema, table: table.name, name: column.name, type }],
  };
}

export const timestampWithoutTimeZone: Rule = {
  id: 'timestamp-without-time-zone',
  defaultSeverity: 'warning',
  summary: 'PostgreSQL: a column is `timestamp` without time zone.',
  check: ({ model, dialect }) => {
    if (dialect !== 'postgres') return [];
    return model.tables
      .filter((t) => t.partitionOf === undefined)
      .flatMap((table) =>
        table.columns.flatMap((column) => {
          const type = withTimeZone(column.type);
          return type === undefined ? [] : [finding(table, column, type)];
        }),
      );
  },
};
