import type { Row } from '../query.ts';
import { comment, numberOf, text, textOf, yes } from './values.ts';

export interface ColumnRow {
  readonly table: string;
  readonly name: string;
  readonly position: number;
  /** COLUMN_TYPE: `int(10) unsigned zerofill`, `enum('a','b')`, `varchar(20)`. */
  readonly type: string;
  /** DATA_TYPE: `int`, `enum`, `longtext`; decides how a MySQL 8 default is quoted. */
  readonly dataType: string;
  readonly nullable: boolean;
  /** As the server reports it; see `map-defaults.ts` for the MySQL/MariaDB difference. */
  readonly default: string | null;
  /** `auto_increment`, `on update current_timestamp()`, `VIRTUAL GENERATED`, `DEFAULT_GENERATED`, ... */
  readonly extra: string;
  readonly generationExpression: string | null;
  readonly charset: string | null;
  readonly collation: string | null;
  readonly comment?: string;
}

/** Columns of every table and view in one database, in their ordinal order. */
export const columnsQuery = `
SELECT c.TABLE_NAME AS table_name, c.COLUMN_NAME AS name, c.ORDINAL_POSITION AS position,
  c.COLUMN_TYPE AS type, c.DATA_TYPE AS data_type, c.IS_NULLABLE AS nullable,
  c.COLUMN_DEFAULT AS default_value, c.EXTRA AS extra, c.GENERATION_EXPRESSION AS generation_expression,
  c.CHARACTER_SET_NAME AS charset, c.COLLATION_NAME AS collation, c.COLUMN_COMMENT AS comment
FROM information_schema.COLUMNS c
WHERE c.TABLE_SCHEMA = ?
ORDER BY c.TABLE_NAME, c.ORDINAL_POSITION`;

export function readColumnRow(row: Row): ColumnRow {
  const c = comment(row.comment);
  return {
    table: textOf(row.table_name),
    name: textOf(row.name),
    position: numberOf(row.position) ?? 0,
    type: textOf(row.type),
    dataType: textOf(row.data_type).toLowerCase(),
    nullable: yes(row.nullable),
    default: text(row.default_value),
    extra: textOf(row.extra),
    // MySQL 8 reports '' for ordinary columns, MariaDB NULL.
    generationExpression: text(row.generation_expression) || null,
    charset: text(row.charset),
    collation: text(row.collation),
    ...(c ? { comment: c } : {}),
  };
}
