import type { Row } from '../query.ts';
import { comment, text, textOf } from './values.ts';

export interface TableRow {
  readonly name: string;
  readonly engine: string | null;
  readonly collation: string | null;
  readonly charset: string | null;
  /** `row_format=COMPACT stats_persistent=0 ...`: the options written in CREATE TABLE. */
  readonly createOptions: string | null;
  readonly comment?: string;
}

/** Base tables of one database (views, sequences and system-versioned tables are not base tables). */
export const tablesQuery = `
SELECT t.TABLE_NAME AS name, t.ENGINE AS engine, t.TABLE_COLLATION AS collation,
  co.CHARACTER_SET_NAME AS charset, t.CREATE_OPTIONS AS create_options, t.TABLE_COMMENT AS comment
FROM information_schema.TABLES t
-- the table's default character set is the one its default collation belongs to
LEFT JOIN information_schema.COLLATIONS co ON co.COLLATION_NAME = t.TABLE_COLLATION
WHERE t.TABLE_SCHEMA = ? AND t.TABLE_TYPE = 'BASE TABLE'
ORDER BY t.TABLE_NAME`;

export function readTableRow(row: Row): TableRow {
  const c = comment(row.comment);
  return {
    name: textOf(row.name),
    engine: text(row.engine),
    collation: text(row.collation),
    charset: text(row.charset),
    createOptions: text(row.create_options),
    ...(c ? { comment: c } : {}),
  };
}
