import type { IndexStats } from '@schema-studio/schema';
import type { QueryFn } from '../query.ts';
import { byCodeUnits, numberOf, textOf } from './values.ts';

/** One row per index (STATISTICS has one per key part). */
const indexesQuery = `
SELECT s.TABLE_NAME AS table_name, s.INDEX_NAME AS index_name, MIN(s.NON_UNIQUE) AS non_unique
FROM information_schema.STATISTICS s
WHERE s.TABLE_SCHEMA = ?
GROUP BY s.TABLE_NAME, s.INDEX_NAME`;

/**
 * InnoDB's persistent statistics keep each index's size in pages. Tables with STATS_PERSISTENT=0 and other
 * engines have no row; names with characters outside [A-Za-z0-9_$] are stored encoded (`@002d`), so those do
 * not match either and go without a size rather than with a wrong one.
 */
const sizesQuery = `
SELECT st.table_name, st.index_name, st.stat_value * @@innodb_page_size AS bytes
FROM mysql.innodb_index_stats st
WHERE st.database_name = ? AND st.stat_name = 'size'`;

export type IndexKey = `${string}\u0000${string}`;

export function indexKey(table: string, index: string): IndexKey {
  return `${table}\u0000${index}`;
}

/** Every index with its uniqueness; MySQL has no invalid indexes, and its primary key is named PRIMARY. */
export async function readIndexes(query: QueryFn, database: string): Promise<IndexStats[]> {
  const rows = await query(indexesQuery, [database]);
  return rows
    .map((row): IndexStats => {
      const index = textOf(row.index_name);
      return {
        schema: '',
        table: textOf(row.table_name),
        index,
        valid: true,
        unique: numberOf(row.non_unique) === 0,
        primary: index === 'PRIMARY',
      };
    })
    .sort((a, b) => byCodeUnits(a.table, b.table) || byCodeUnits(a.index, b.index));
}

/** Index sizes, or `undefined` when the statistics table cannot be read (no privilege, no InnoDB). */
export async function readIndexSizes(
  query: QueryFn,
  database: string,
): Promise<ReadonlyMap<IndexKey, number> | undefined> {
  try {
    const rows = await query(sizesQuery, [database]);
    return new Map(
      rows.map((r) => [indexKey(textOf(r.table_name), textOf(r.index_name)), numberOf(r.bytes)]),
    );
  } catch {
    return undefined;
  }
}
