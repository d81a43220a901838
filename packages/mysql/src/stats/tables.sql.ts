import type { TableStats } from '@schema-studio/schema';
import type { QueryFn } from '../query.ts';
import { byCodeUnits, numberOf, textOf } from './values.ts';

/**
 * Base tables with the storage engine's own estimates: TABLE_ROWS is exact for MyISAM and sampled for InnoDB
 * (refreshed by ANALYZE TABLE and automatic recalculation); InnoDB's DATA_LENGTH is the clustered primary key,
 * INDEX_LENGTH the secondary indexes.
 */
const tablesQuery = `
SELECT t.TABLE_NAME AS name, t.TABLE_ROWS AS table_rows, t.DATA_LENGTH AS data_length,
  t.INDEX_LENGTH AS index_length
FROM information_schema.TABLES t
WHERE t.TABLE_SCHEMA = ? AND t.TABLE_TYPE = 'BASE TABLE'`;

export async function readTableStats(query: QueryFn, database: string): Promise<TableStats[]> {
  const rows = await query(tablesQuery, [database]);
  return rows
    .map((row): TableStats => {
      const tableBytes = numberOf(row.data_length);
      const indexBytes = numberOf(row.index_length);
      return {
        schema: '',
        table: textOf(row.name),
        // NULL only for engines that keep no count; there is no "never analyzed" state to report
        rowEstimate: row.table_rows === null ? null : numberOf(row.table_rows),
        tableBytes,
        indexBytes,
        totalBytes: tableBytes + indexBytes,
      };
    })
    .sort((a, b) => byCodeUnits(a.table, b.table));
}
