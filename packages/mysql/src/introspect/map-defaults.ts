import type { ColumnRow } from './columns.sql.ts';
import type { ServerFeatures } from './features.ts';
import { quoteString } from './quote.ts';

/**
 * Defaults are stored as the SQL that sets them, the way MariaDB 10.2.7+ reports them and SHOW CREATE TABLE
 * prints them: `'abc'`, `0`, `b'101'`, `current_timestamp()`. A NULL default is no default.
 */
export function columnDefault(row: ColumnRow, features: ServerFeatures): string | undefined {
  if (row.default === null) return undefined;
  if (features.quotedDefaults) return row.default === 'NULL' ? undefined : normalizeNow(row.default);
  return rawDefault(row.default, row.dataType, row.extra);
}

/** Types whose default MySQL reports unquoted and SQL accepts unquoted. */
const UNQUOTED_TYPES = new Set([
  'tinyint',
  'smallint',
  'mediumint',
  'int',
  'integer',
  'bigint',
  'decimal',
  'numeric',
  'float',
  'double',
  'real',
  'bit',
  'year',
]);

/**
 * MySQL (and MariaDB before 10.2.7) report a literal default as its bare value and an expression default
 * (marked DEFAULT_GENERATED on MySQL 8) as the bare expression; both become SQL here.
 */
function rawDefault(value: string, dataType: string, extra: string): string {
  if (/\bDEFAULT_GENERATED\b/i.test(extra)) {
    const now = normalizeNow(value);
    // Only the CURRENT_TIMESTAMP family may stand bare; other expressions need their parentheses.
    return now === value ? `(${value})` : now;
  }
  if (UNQUOTED_TYPES.has(dataType)) return value;
  if (dataType === 'timestamp' || dataType === 'datetime') {
    const now = normalizeNow(value);
    if (now !== value) return now;
  }
  return quoteString(value);
}

const NOW = /^(?:current_timestamp|now|localtimestamp|localtime)\s*(?:\(\s*(\d*)\s*\))?$/i;

/** `CURRENT_TIMESTAMP`, `now()`, `CURRENT_TIMESTAMP(3)` are one thing; spelled as MariaDB does. */
export function normalizeNow(expression: string): string {
  const match = NOW.exec(expression.trim());
  return match ? `current_timestamp(${match[1] ?? ''})` : expression;
}

/** The ON UPDATE expression in EXTRA (`on update current_timestamp(3)`), normalized like a default. */
export function onUpdateOf(extra: string): string | undefined {
  const match = /\bon update (.+)$/i.exec(extra);
  return match?.[1] ? normalizeNow(match[1].trim()) : undefined;
}
