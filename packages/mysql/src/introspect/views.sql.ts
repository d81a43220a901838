import type { Row } from '../query.ts';
import type { ServerFeatures } from './features.ts';
import { text, textOf } from './values.ts';

export interface ViewRow {
  readonly name: string;
  /** The SELECT as the server stored it: every reference qualified with the database name. */
  readonly definition: string;
  /** `NONE`, `CASCADED` or `LOCAL`. */
  readonly checkOption: string;
  /** `DEFINER` or `INVOKER`. */
  readonly security: string;
  /** `UNDEFINED`, `MERGE`, `TEMPTABLE`; null where the catalog does not say (MySQL 8). */
  readonly algorithm: string | null;
}

export function viewsQuery(features: ServerFeatures): string {
  const algorithm = features.viewAlgorithm ? 'v.ALGORITHM' : 'NULL';
  return `
SELECT v.TABLE_NAME AS name, v.VIEW_DEFINITION AS definition, v.CHECK_OPTION AS check_option,
  v.SECURITY_TYPE AS security, ${algorithm} AS algorithm
FROM information_schema.VIEWS v
WHERE v.TABLE_SCHEMA = ?
ORDER BY v.TABLE_NAME`;
}

export function readViewRow(row: Row): ViewRow {
  return {
    name: textOf(row.name),
    definition: textOf(row.definition),
    checkOption: textOf(row.check_option).toUpperCase() || 'NONE',
    security: textOf(row.security).toUpperCase() || 'DEFINER',
    algorithm: text(row.algorithm)?.toUpperCase() ?? null,
  };
}
