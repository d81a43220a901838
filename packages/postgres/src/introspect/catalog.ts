import type { QueryFn } from '../query.ts';
import { type CollationRow, collationsQuery } from './collations.sql.ts';
import { type ColumnRow, columnsQuery } from './columns.sql.ts';
import { type CompositeTypeRow, compositeTypesQuery } from './composite-types.sql.ts';
import { type ConstraintRow, constraintsQuery } from './constraints.sql.ts';
import { type DomainRow, domainsQuery } from './domains.sql.ts';
import { type EnumRow, enumsQuery } from './enums.sql.ts';
import { type ExtensionRow, extensionsQuery } from './extensions.sql.ts';
import type { CatalogFeatures } from './features.ts';
import { type FunctionRow, functionsQuery } from './functions.sql.ts';
import { type IndexRow, indexesQuery } from './indexes.sql.ts';
import { type PolicyRow, policiesQuery } from './policies.sql.ts';
import { type RangeTypeRow, rangeTypesQuery } from './range-types.sql.ts';
import { type SchemaRow, schemasQuery } from './schemas.sql.ts';
import { type SequenceRow, sequencesQuery } from './sequences.sql.ts';
import { type TableRow, tablesQuery } from './tables.sql.ts';
import { type TriggerRow, triggersQuery } from './triggers.sql.ts';
import { type ViewDependencyRow, viewDependenciesQuery } from './view-dependencies.sql.ts';
import { type ViewRow, viewsQuery } from './views.sql.ts';

/** The raw rows of every catalog query: one query per entity kind, for all schemas at once. */
export interface CatalogRows {
  readonly schemas: readonly SchemaRow[];
  readonly extensions: readonly ExtensionRow[];
  readonly collations: readonly CollationRow[];
  readonly enums: readonly EnumRow[];
  readonly domains: readonly DomainRow[];
  readonly compositeTypes: readonly CompositeTypeRow[];
  readonly rangeTypes: readonly RangeTypeRow[];
  readonly sequences: readonly SequenceRow[];
  readonly functions: readonly FunctionRow[];
  readonly tables: readonly TableRow[];
  readonly views: readonly ViewRow[];
  readonly columns: readonly ColumnRow[];
  readonly constraints: readonly ConstraintRow[];
  readonly indexes: readonly IndexRow[];
  readonly triggers: readonly TriggerRow[];
  readonly policies: readonly PolicyRow[];
  readonly viewDependencies: readonly ViewDependencyRow[];
}

function catalogQueries(features: CatalogFeatures): Record<keyof CatalogRows, string> {
  return {
    schemas: schemasQuery,
    extensions: extensionsQuery,
    collations: collationsQuery(features),
    enums: enumsQuery,
    domains: domainsQuery,
    compositeTypes: compositeTypesQuery,
    rangeTypes: rangeTypesQuery(features),
    sequences: sequencesQuery,
    functions: functionsQuery,
    tables: tablesQuery,
    views: viewsQuery,
    columns: columnsQuery,
    constraints: constraintsQuery(features),
    indexes: indexesQuery(features),
    triggers: triggersQuery,
    policies: policiesQuery,
    viewDependencies: viewDependenciesQuery,
  };
}

export type ProgressFn = (step: string, done: number, total: number) => void;

/** The heaviest queries first, so that with several sessions the long ones start at once. */
const HEAVIEST_FIRST: readonly (keyof CatalogRows)[] = [
  'columns',
  'constraints',
  'indexes',
  'tables',
  'functions',
];

/**
 * Runs the catalog queries. A session executes one statement at a time (pg deprecates queueing on a busy
 * client; PGlite serializes anyway), so with one session they run one after another; with more sessions (all
 * reading the same snapshot, see `introspectPostgres`) each takes the next query from a shared queue.
 */
export async function readCatalog(
  sessions: readonly QueryFn[],
  features: CatalogFeatures,
  schemas: readonly string[] | undefined,
  onProgress?: ProgressFn,
): Promise<CatalogRows> {
  const all = catalogQueries(features);
  const queue = (Object.keys(all) as (keyof CatalogRows)[]).sort((a, b) => rank(a) - rank(b));
  const total = queue.length;
  const params = [schemas ? [...schemas] : null];
  const results: Record<string, readonly unknown[]> = {};
  const worker = async (query: QueryFn) => {
    for (let step = queue.shift(); step !== undefined; step = queue.shift()) {
      results[step] = await runStep(query, step, all[step], params);
      onProgress?.(step, Object.keys(results).length, total);
    }
  };
  await Promise.all(sessions.map(worker));
  return results as unknown as CatalogRows;
}

function rank(step: keyof CatalogRows): number {
  const i = HEAVIEST_FIRST.indexOf(step);
  return i === -1 ? HEAVIEST_FIRST.length : i;
}

async function runStep(
  query: QueryFn,
  step: string,
  sql: string,
  params: unknown[],
): Promise<readonly unknown[]> {
  try {
    return (await query(sql, params)).rows;
  } catch (error) {
    throw new Error(`introspection query "${step}" failed: ${(error as Error).message}`, { cause: error });
  }
}
