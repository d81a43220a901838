import type { QueryFn, Row } from '../query.ts';
import { type CheckRow, checksQuery, readCheckRow } from './checks.sql.ts';
import { type ColumnRow, columnsQuery, readColumnRow } from './columns.sql.ts';
import type { ServerFeatures } from './features.ts';
import { type ForeignKeyPartRow, foreignKeysQuery, readForeignKeyPartRow } from './foreign-keys.sql.ts';
import { type IndexPartRow, indexesQuery, readIndexPartRow } from './indexes.sql.ts';
import {
  type ParameterRow,
  parametersQuery,
  type RoutineRow,
  readParameterRow,
  readRoutineRow,
  routinesQuery,
} from './routines.sql.ts';
import { readTableRow, type TableRow, tablesQuery } from './tables.sql.ts';
import { readTriggerRow, type TriggerRow, triggersQuery } from './triggers.sql.ts';
import { readViewRow, type ViewRow, viewsQuery } from './views.sql.ts';

/** The rows of every catalog query: one query per entity kind for the whole database, never one per table. */
export interface CatalogRows {
  readonly tables: readonly TableRow[];
  readonly columns: readonly ColumnRow[];
  readonly indexParts: readonly IndexPartRow[];
  readonly foreignKeys: readonly ForeignKeyPartRow[];
  readonly checks: readonly CheckRow[];
  readonly views: readonly ViewRow[];
  readonly triggers: readonly TriggerRow[];
  readonly routines: readonly RoutineRow[];
  readonly parameters: readonly ParameterRow[];
}

type Step<K extends keyof CatalogRows> = {
  readonly sql: string | undefined;
  readonly read: (row: Row) => CatalogRows[K][number];
};

function steps(features: ServerFeatures): { [K in keyof CatalogRows]: Step<K> } {
  return {
    tables: { sql: tablesQuery, read: readTableRow },
    columns: { sql: columnsQuery, read: readColumnRow },
    indexParts: { sql: indexesQuery(features), read: readIndexPartRow },
    foreignKeys: { sql: foreignKeysQuery, read: readForeignKeyPartRow },
    checks: { sql: checksQuery(features), read: readCheckRow },
    views: { sql: viewsQuery(features), read: readViewRow },
    triggers: { sql: triggersQuery, read: readTriggerRow },
    routines: { sql: routinesQuery, read: readRoutineRow },
    parameters: { sql: parametersQuery, read: readParameterRow },
  };
}

export type ProgressFn = (step: string, done: number, total: number) => void;

/**
 * Runs the catalog queries for one database. They are issued together: a single connection queues them, a
 * pool spreads them.
 */
export async function readCatalog(
  query: QueryFn,
  database: string,
  features: ServerFeatures,
  onProgress?: ProgressFn,
): Promise<CatalogRows> {
  const all = Object.entries(steps(features)) as [keyof CatalogRows, Step<keyof CatalogRows>][];
  let done = 0;
  const results = await Promise.all(
    all.map(async ([name, step]) => {
      const rows = step.sql === undefined ? [] : await query(step.sql, [database]);
      onProgress?.(name, ++done, all.length);
      return [name, rows.map(step.read)] as const;
    }),
  );
  return Object.fromEntries(results) as unknown as CatalogRows;
}
