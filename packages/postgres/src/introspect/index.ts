/**
 * PostgreSQL catalog introspection: a live database (through `pg`) or the PGlite shadow engine becomes a
 * {@link SchemaModel}.
 */
import type { SchemaModel } from '@schema-studio/schema';
import { normalizeModel } from '@schema-studio/schema';
import type { QueryFn } from '../query.ts';
import { assembleModel } from './assemble.ts';
import { readCatalog } from './catalog.ts';
import { catalogFeatures } from './features.ts';
import { pinSession } from './session.ts';

export interface IntrospectOptions {
  /** Schemas to read; all user schemas when absent. */
  readonly schemas?: readonly string[];
  /** Called after each catalog query completes, with its name. */
  readonly onProgress?: (step: string, done: number, total: number) => void;
}

/**
 * Reads the schema of the database behind `query` into a normalized model. System schemas and objects that
 * belong to extensions are left out.
 *
 * `query` must run every statement in one session (a `pg.Client` or a PGlite instance, not a `pg.Pool`):
 * session settings such as an empty search_path are pinned for the duration and restored afterwards.
 */
export async function introspectPostgres(
  query: QueryFn,
  options: IntrospectOptions = {},
): Promise<SchemaModel> {
  const session = await pinSession(query);
  try {
    const rows = await readCatalog(
      query,
      catalogFeatures(session.version),
      options.schemas,
      options.onProgress,
    );
    return normalizeModel(assembleModel(rows));
  } finally {
    await session.restore();
  }
}
