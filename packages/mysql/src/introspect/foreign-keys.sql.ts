import type { Row } from '../query.ts';
import { numberOf, textOf } from './values.ts';

/** One column pair of a foreign key. */
export interface ForeignKeyPartRow {
  readonly table: string;
  readonly name: string;
  readonly position: number;
  readonly column: string;
  readonly refSchema: string;
  readonly refTable: string;
  readonly refColumn: string;
  /** `CASCADE`, `SET NULL`, `RESTRICT`, `NO ACTION`, `SET DEFAULT`. */
  readonly onUpdate: string;
  readonly onDelete: string;
}

/** Foreign keys of one database, a row per column, in key order. */
export const foreignKeysQuery = `
SELECT k.TABLE_NAME AS table_name, k.CONSTRAINT_NAME AS name, k.ORDINAL_POSITION AS position,
  k.COLUMN_NAME AS column_name, k.REFERENCED_TABLE_SCHEMA AS ref_schema,
  k.REFERENCED_TABLE_NAME AS ref_table, k.REFERENCED_COLUMN_NAME AS ref_column,
  r.UPDATE_RULE AS on_update, r.DELETE_RULE AS on_delete
FROM information_schema.KEY_COLUMN_USAGE k
-- the rules live on the constraint; names are per table on MariaDB, so the table is part of the join
JOIN information_schema.REFERENTIAL_CONSTRAINTS r
  ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.TABLE_NAME = k.TABLE_NAME
  AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME
WHERE k.TABLE_SCHEMA = ? AND k.REFERENCED_TABLE_NAME IS NOT NULL
ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION`;

export function readForeignKeyPartRow(row: Row): ForeignKeyPartRow {
  return {
    table: textOf(row.table_name),
    name: textOf(row.name),
    position: numberOf(row.position) ?? 0,
    column: textOf(row.column_name),
    refSchema: textOf(row.ref_schema),
    refTable: textOf(row.ref_table),
    refColumn: textOf(row.ref_column),
    onUpdate: textOf(row.on_update).toUpperCase(),
    onDelete: textOf(row.on_delete).toUpperCase(),
  };
}
