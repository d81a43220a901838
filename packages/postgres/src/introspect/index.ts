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
  /**
   * More sessions to the same database (PostgreSQL servers only, not PGlite). The catalog queries are spread
   * over them, all reading one exported snapshot (as `pg_dump -j` does), so the result is as consistent as with
   * one session while a large database is read on several server cores.
   */
  readonly extraSessions?: readonly QueryFn[];
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
  const extra = options.extraSessions ?? [];
  if (extra.length > 0) return introspectInSnapshot(query, extra, options);
  const session = await pinSession(query);
  try {
    const rows = await readCatalog(
      [query],
      catalogFeatures(session.version),
      options.schemas,
      options.onProgress,
    );
    return normalizeModel(assembleModel(rows));
  } finally {
    await session.restore();
  }
}

/** Reads the catalog over several sessions that share the first one's snapshot. */
async function introspectInSnapshot(
  query: QueryFn,
  extra: readonly QueryFn[],
  options: IntrospectOptions,
): Promise<SchemaModel> {
  const sessions = [query, ...extra];
  const pinned = await Promise.all(sessions.map(pinSession));
  try {
    await query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const { rows } = await query('SELECT pg_catalog.pg_export_snapshot() AS snapshot');
    const snapshot = String(rows[0]?.snapshot);
    await Promise.all(
      extra.map(async (q) => {
        await q('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
        await q(`SET TRANSACTION SNAPSHOT '${snapshot.replace(/'/g, "''")}'`);
      }),
    );
    const features = catalogFeatures(pinned[0]?.version ?? 0);
    const catalog = await readCatalog(sessions, features, options.schemas, options.onProgress);
    return normalizeModel(assembleModel(catalog));
  } finally {
    await Promise.all(sessions.map((q) => q('ROLLBACK')));
    await Promise.all(pinned.map((p) => p.restore()));
  }
}
