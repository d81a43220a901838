import type { ColumnDef, MysqlColumnOptions } from '@schema-studio/schema';
import type { ColumnRow } from './columns.sql.ts';
import type { ServerFeatures } from './features.ts';
import { columnDefault, onUpdateOf } from './map-defaults.ts';

/** The table's defaults a column's character set and collation are compared with. */
export interface TableCharset {
  readonly charset: string | null;
  readonly collation: string | null;
}

/**
 * A table column. Unsigned, zerofill, ENUM and SET labels stay in `type` as the server renders it
 * (`int(10) unsigned zerofill`, `enum('a','b')`). Character set and collation are kept only when they differ
 * from the table's, which is what CREATE TABLE has to spell out.
 */
export function toColumn(row: ColumnRow, table: TableCharset, features: ServerFeatures): ColumnDef {
  const generated = /\b(VIRTUAL|STORED) GENERATED\b/i.exec(row.extra);
  const defaultValue = generated ? undefined : columnDefault(row, features);
  const collation = row.collation && row.collation !== table.collation ? row.collation : undefined;
  const mysql = columnOptions(row, table, generated?.[1]?.toUpperCase() === 'STORED');
  return {
    name: row.name,
    type: row.type,
    nullable: row.nullable,
    ...(defaultValue !== undefined ? { default: defaultValue } : {}),
    ...(generated && row.generationExpression ? { generated: row.generationExpression } : {}),
    ...(collation ? { collation } : {}),
    ...(row.comment ? { comment: row.comment } : {}),
    ...(mysql ? { mysql } : {}),
  };
}

function columnOptions(row: ColumnRow, table: TableCharset, stored: boolean): MysqlColumnOptions | undefined {
  const onUpdate = onUpdateOf(row.extra);
  const options: MysqlColumnOptions = {
    ...(row.charset && row.charset !== table.charset ? { charset: row.charset } : {}),
    ...(/\bauto_increment\b/i.test(row.extra) ? { autoIncrement: true } : {}),
    ...(onUpdate ? { onUpdate } : {}),
    ...(stored ? { generatedStored: true } : {}),
  };
  return Object.keys(options).length > 0 ? options : undefined;
}

/**
 * MariaDB has no JSON type: `JSON` is an alias for LONGTEXT in utf8mb4_bin with a column check
 * `json_valid(col)` named after the column. Such a column reads back as `json`, without that check and
 * without the character set and collation the alias implies, so it replays as it was written.
 */
export function asJsonColumn(column: ColumnDef): ColumnDef {
  const { collation, mysql, ...rest } = column;
  const { charset, ...others } = mysql ?? {};
  const options = charset && charset !== 'utf8mb4' ? { ...others, charset } : others;
  return {
    ...rest,
    type: 'json',
    ...(collation && collation !== 'utf8mb4_bin' ? { collation } : {}),
    ...(Object.keys(options).length > 0 ? { mysql: options } : {}),
  };
}
