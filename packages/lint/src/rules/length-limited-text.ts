import type { ColumnDef, TableDef } from '@schema-studio/schema';
import { tableName } from '../format.ts';
import type { Rule, RuleFinding } from '../types.ts';

/** `character varying(n)` and `character(n)`, arrays too; `character varying` without a length is text already. */
const LIMITED = /^(character varying|varchar|character|char|bpchar)\(\d+\)(\[\])*$/;

function finding(table: TableDef, column: ColumnDef): RuleFinding {
  const padded = /^(character|char|bpchar)\(/.test(column.type);
  return {
    object: { kind: 'column', schema: table.schema, table: table.name, name: column.name },
    message: `Column ${tableName(table)}.${column.name} is ${column.type}.`,
    why: padded
      ? 'PostgreSQL stores character(n) padded with spaces and is no faster than text; trailing spaces are then ignored in comparisons, which surprises.'
      : 'PostgreSQL stores varchar(n) exactly like text, so the length buys no space or speed; raising the limit later is a migration. A CHECK on length says the rule where it is one.',
  };
}

export const lengthLimitedText: Rule = {
  id: 'length-limited-text',
  defaultSeverity: 'info',
  summary: 'PostgreSQL: a column is `varchar(n)` or `char(n)`, which gains nothing over `text`.',
  check: ({ model, dialect }) => {
    if (dialect !== 'postgres') return [];
    return model.tables
      .filter((t) => t.partitionOf === undefined)
      .flatMap((table) =>
        table.columns.filter((c) => LIMITED.test(c.type.toLowerCase())).map((c) => finding(table, c)),
      );
  },
};
