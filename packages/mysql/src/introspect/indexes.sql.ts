import type { Row } from '../query.ts';
import type { ServerFeatures } from './features.ts';
import { comment, numberOf, text, textOf } from './values.ts';

/** One key part of an index: STATISTICS has a row per column (or expression) of every index. */
export interface IndexPartRow {
  readonly table: string;
  readonly index: string;
  readonly unique: boolean;
  readonly seq: number;
  /** Null for a functional key part (MySQL 8), whose `expression` is set instead. */
  readonly column: string | null;
  readonly expression: string | null;
  /** `A`, `D`, or null (FULLTEXT, HASH). */
  readonly order: string | null;
  /** Prefix length. */
  readonly subPart: number | null;
  /** `BTREE`, `HASH`, `FULLTEXT`, `SPATIAL`, `RTREE`. */
  readonly method: string;
  readonly comment?: string;
}

/** Every index of every table in one database, primary keys and unique keys included. */
export function indexesQuery(features: ServerFeatures): string {
  // Functional key parts exist only on MySQL 8.0.13+.
  const expression = features.indexExpressions ? 's.EXPRESSION' : 'NULL';
  return `
SELECT s.TABLE_NAME AS table_name, s.INDEX_NAME AS index_name, s.NON_UNIQUE AS non_unique,
  s.SEQ_IN_INDEX AS seq, s.COLUMN_NAME AS column_name, ${expression} AS expression,
  s.COLLATION AS key_order, s.SUB_PART AS sub_part, s.INDEX_TYPE AS method, s.INDEX_COMMENT AS comment
FROM information_schema.STATISTICS s
WHERE s.TABLE_SCHEMA = ?
ORDER BY s.TABLE_NAME, s.INDEX_NAME, s.SEQ_IN_INDEX`;
}

export function readIndexPartRow(row: Row): IndexPartRow {
  const c = comment(row.comment);
  return {
    table: textOf(row.table_name),
    index: textOf(row.index_name),
    unique: numberOf(row.non_unique) === 0,
    seq: numberOf(row.seq) ?? 0,
    column: text(row.column_name),
    expression: text(row.expression),
    order: text(row.key_order),
    subPart: numberOf(row.sub_part),
    method: textOf(row.method).toUpperCase(),
    ...(c ? { comment: c } : {}),
  };
}
