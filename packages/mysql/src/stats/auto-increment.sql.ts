import type { SequenceStats } from '@schema-studio/schema';
import { qualifiedKey, sequenceHeadroom } from '@schema-studio/schema';
import type { QueryFn, Row } from '../query.ts';
import { byCodeUnits, decimalOf, textOf } from './values.ts';

/** The largest value of each integer type AUTO_INCREMENT can fill, signed and unsigned. */
const INTEGER_MAX: Readonly<Record<string, readonly [signed: string, unsigned: string]>> = {
  tinyint: ['127', '255'],
  smallint: ['32767', '65535'],
  mediumint: ['8388607', '16777215'],
  int: ['2147483647', '4294967295'],
  bigint: ['9223372036854775807', '18446744073709551615'],
};

/**
 * The AUTO_INCREMENT column of each table (at most one) with the table's next value. TABLES.AUTO_INCREMENT is
 * the engine's counter, so nothing reads the column's data.
 */
const autoIncrementQuery = `
SELECT c.TABLE_NAME AS table_name, c.COLUMN_NAME AS column_name, c.DATA_TYPE AS data_type,
  c.COLUMN_TYPE AS column_type, t.AUTO_INCREMENT AS next_value,
  @@SESSION.auto_increment_increment AS increment
FROM information_schema.COLUMNS c
-- the counter lives on the table
JOIN information_schema.TABLES t ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME
WHERE c.TABLE_SCHEMA = ? AND c.EXTRA LIKE '%auto_increment%' AND t.TABLE_TYPE = 'BASE TABLE'`;

/**
 * The last value handed out is the counter minus one (`null` before the first). Once the type's maximum is
 * given out, MariaDB shows the counter past it and MySQL at it; both read as exhausted, since at most the
 * maximum itself could still be left.
 */
function lastValue(next: string | null, max: string): string | null {
  if (next === null || BigInt(next) <= 1n) return null;
  const last = BigInt(next) - 1n;
  return last >= BigInt(max) - 1n ? max : last.toString();
}

function toSequence(row: Row): SequenceStats | undefined {
  const bounds = INTEGER_MAX[textOf(row.data_type).toLowerCase()];
  // float and double columns may be AUTO_INCREMENT too (deprecated); they have no integer bound to speak of
  if (!bounds) return undefined;
  const maxValue = /unsigned/i.test(textOf(row.column_type)) ? bounds[1] : bounds[0];
  const table = textOf(row.table_name);
  const last = lastValue(decimalOf(row.next_value), maxValue);
  const increment = decimalOf(row.increment) ?? '1';
  return {
    schema: '',
    name: table,
    kind: 'autoIncrement',
    ownedBy: { table: qualifiedKey('', table), column: textOf(row.column_name) },
    lastValue: last,
    minValue: '1',
    maxValue,
    increment,
    cycle: false,
    headroom: sequenceHeadroom(last, '1', maxValue, increment),
  };
}

export async function readAutoIncrements(query: QueryFn, database: string): Promise<SequenceStats[]> {
  const rows = await query(autoIncrementQuery, [database]);
  return rows
    .map(toSequence)
    .filter((s): s is SequenceStats => s !== undefined)
    .sort((a, b) => byCodeUnits(a.name, b.name));
}
