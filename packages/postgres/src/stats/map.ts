import {
  type IndexStats,
  qualifiedKey,
  type SequenceStats,
  sequenceHeadroom,
  type TableStats,
} from '@schema-studio/schema';
import type { IndexStatsRow } from './indexes.sql.ts';
import type { SequenceStatsRow } from './sequences.sql.ts';
import type { TableStatsRow } from './tables.sql.ts';

/**
 * PostgreSQL 14+ writes -1 into reltuples until the first VACUUM or ANALYZE; 13 and older wrote 0 with no
 * pages, which cannot be told from an empty table that was analyzed, so it reads as unknown too.
 */
function rowEstimate(row: TableStatsRow, version: number): number | null {
  if (row.reltuples < 0) return null;
  if (version < 140000 && row.reltuples === 0 && row.relpages === 0) return null;
  return Math.round(row.reltuples);
}

export function mapTable(row: TableStatsRow, version: number, withScans: boolean): TableStats {
  const base: TableStats = {
    schema: row.schema,
    table: row.table,
    rowEstimate: rowEstimate(row, version),
    tableBytes: row.table_bytes,
    indexBytes: row.index_bytes,
    totalBytes: row.table_bytes + row.index_bytes,
  };
  if (!withScans) return base;
  return {
    ...base,
    ...(row.seq_scan !== null && { seqScans: row.seq_scan }),
    ...(row.seq_tup_read !== null && { seqRowsRead: row.seq_tup_read }),
    ...(row.idx_scan !== null && { indexScans: row.idx_scan }),
  };
}

export function mapIndex(row: IndexStatsRow, withUsage: boolean): IndexStats {
  const base: IndexStats = {
    schema: row.schema,
    table: row.table,
    index: row.index,
    bytes: row.bytes,
    valid: row.valid,
    unique: row.unique,
    primary: row.primary,
  };
  if (!withUsage) return base;
  return {
    ...base,
    ...(row.scans !== null && { scans: row.scans }),
    ...(row.rows_read !== null && { rowsRead: row.rows_read }),
    ...(row.last_scan_at != null && { lastScanAt: row.last_scan_at }),
  };
}

export function mapSequence(row: SequenceStatsRow): SequenceStats {
  const owned =
    row.owned_schema !== null && row.owned_table !== null && row.owned_column !== null
      ? { ownedBy: { table: qualifiedKey(row.owned_schema, row.owned_table), column: row.owned_column } }
      : {};
  return {
    schema: row.schema,
    name: row.name,
    kind: row.identity ? 'identity' : 'sequence',
    ...owned,
    lastValue: row.last_value,
    minValue: row.min_value,
    maxValue: row.max_value,
    increment: row.increment,
    cycle: row.cycle,
    headroom: sequenceHeadroom(row.last_value, row.min_value, row.max_value, row.increment),
  };
}
