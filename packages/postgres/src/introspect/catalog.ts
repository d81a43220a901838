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

/**
 * Runs the catalog queries one after another. A session executes one statement at a time anyway; pg deprecates
 * queueing queries on a busy client, PGlite serializes them itself, and a second session would not see the
 * pinned search_path.
 */
export async function readCatalog(
  query: QueryFn,
  features: CatalogFeatures,
  schemas: readonly string[] | undefined,
  onProgress?: ProgressFn,
): Promise<CatalogRows> {
  const entries = Object.entries(catalogQueries(features));
  const params = [schemas ? [...schemas] : null];
  const results: Record<string, readonly unknown[]> = {};
  for (const [step, sql] of entries) {
    results[step] = await runStep(query, step, sql, params);
    onProgress?.(step, Object.keys(results).length, entries.length);
  }
  return results as unknown as CatalogRows;
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
