import type { Row } from '../query.ts';
import type { ServerFeatures } from './features.ts';
import { text, textOf } from './values.ts';

export interface CheckRow {
  readonly table: string;
  readonly name: string;
  readonly clause: string;
  /** MariaDB 10.5.10+: `Column` for a check written on a column, `Table` otherwise; null elsewhere. */
  readonly level: string | null;
  /** MySQL 8 can keep a check without enforcing it (`NOT ENFORCED`). */
  readonly enforced: boolean;
}

/** Check constraints of one database; none before the servers had a catalog for them. */
export function checksQuery(features: ServerFeatures): string | undefined {
  if (!features.checkConstraints) return undefined;
  // MariaDB names checks per table (a column check is named after its column) and says which table.
  if (features.checkTableName) {
    const level = features.checkLevel ? 'c.LEVEL' : 'NULL';
    return `
SELECT c.TABLE_NAME AS table_name, c.CONSTRAINT_NAME AS name, c.CHECK_CLAUSE AS clause, ${level} AS level,
  'YES' AS enforced
FROM information_schema.CHECK_CONSTRAINTS c
WHERE c.CONSTRAINT_SCHEMA = ?
ORDER BY c.TABLE_NAME, c.CONSTRAINT_NAME`;
  }
  // MySQL 8 names checks per schema; the table comes from TABLE_CONSTRAINTS.
  return `
SELECT tc.TABLE_NAME AS table_name, c.CONSTRAINT_NAME AS name, c.CHECK_CLAUSE AS clause, NULL AS level,
  tc.ENFORCED AS enforced
FROM information_schema.CHECK_CONSTRAINTS c
JOIN information_schema.TABLE_CONSTRAINTS tc
  ON tc.CONSTRAINT_SCHEMA = c.CONSTRAINT_SCHEMA AND tc.CONSTRAINT_NAME = c.CONSTRAINT_NAME
  AND tc.CONSTRAINT_TYPE = 'CHECK'
WHERE c.CONSTRAINT_SCHEMA = ?
ORDER BY tc.TABLE_NAME, c.CONSTRAINT_NAME`;
}

export function readCheckRow(row: Row): CheckRow {
  return {
    table: textOf(row.table_name),
    name: textOf(row.name),
    clause: textOf(row.clause),
    level: text(row.level),
    enforced: textOf(row.enforced).toUpperCase() !== 'NO',
  };
}
