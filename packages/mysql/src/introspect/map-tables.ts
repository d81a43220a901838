import type { MysqlTableOptions } from '@schema-studio/schema';
import type { TableRow } from './tables.sql.ts';

export interface TableOptions {
  readonly mysql: MysqlTableOptions;
  /** Other options written in CREATE TABLE (`stats_persistent=0`, `key_block_size=8`, ...), sorted. */
  readonly options?: readonly string[];
}

/**
 * Engine, default character set and collation are always kept (they are always in effect). The row format is
 * kept only when CREATE TABLE named one: TABLES.ROW_FORMAT reports the format in effect (`Dynamic`) even when
 * nobody chose it, and that default differs between servers.
 */
export function toTableOptions(row: TableRow): TableOptions {
  const { rowFormat, options } = parseCreateOptions(row.createOptions ?? '');
  return {
    mysql: {
      ...(row.engine ? { engine: row.engine } : {}),
      ...(row.charset ? { charset: row.charset } : {}),
      ...(row.collation ? { collation: row.collation } : {}),
      ...(rowFormat ? { rowFormat } : {}),
    },
    ...(options.length > 0 ? { options } : {}),
  };
}

/**
 * TABLES.CREATE_OPTIONS is a space-separated list of `name=value` (and the word `partitioned`, which says
 * nothing about how: partitioning is not modelled).
 */
export function parseCreateOptions(text: string): { rowFormat?: string; options: string[] } {
  let rowFormat: string | undefined;
  const options: string[] = [];
  for (const token of text.split(/\s+/)) {
    if (token === '' || token.toLowerCase() === 'partitioned') continue;
    const match = /^row_format=(.+)$/i.exec(token);
    if (match?.[1]) rowFormat = match[1].toUpperCase();
    else options.push(token);
  }
  return { ...(rowFormat ? { rowFormat } : {}), options: options.sort() };
}
