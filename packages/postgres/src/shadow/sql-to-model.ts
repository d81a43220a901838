import { err, ok, type Result, type SchemaModel } from '@schema-studio/schema';
import { introspectPostgres } from '../introspect/index.ts';
import { createPgliteShadow } from './pglite.ts';
import type { ShadowDatabase, ShadowFactory } from './shadow.ts';
import { splitStatements } from './split.ts';
import { engineErrorFields, locationOf, type SqlError, skipBlank } from './sql-error.ts';

/**
 * Turns a SQL script into a model the only trustworthy way: a real PostgreSQL runs it (a fresh shadow database),
 * then the same introspector that reads live databases reads the result.
 */
export async function sqlToModel(
  sql: string,
  shadowFactory: ShadowFactory = createPgliteShadow,
): Promise<Result<SchemaModel, SqlError>> {
  const shadow = await shadowFactory();
  try {
    const loaded = await runScript(shadow, sql, shadowFactory);
    if (!loaded.ok) return loaded;
    return ok(await introspectPostgres(shadow.query));
  } finally {
    await shadow.close();
  }
}

/** Runs a script; on failure, returns the engine's error located at its line and column in the script. */
export async function runScript(
  shadow: ShadowDatabase,
  sql: string,
  shadowFactory: ShadowFactory = createPgliteShadow,
): Promise<Result<void, SqlError>> {
  try {
    await shadow.exec(sql);
    return ok(undefined);
  } catch (error) {
    const { message, code, position } = engineErrorFields(error);
    const base = { message, ...(code ? { code } : {}) };
    if (position !== undefined) return err({ ...base, ...locationOf(sql, position - 1) });
    const offset = await findFailingStatement(sql, shadowFactory);
    return err(offset === undefined ? base : { ...base, ...locationOf(sql, offset) });
  }
}

/**
 * Replays the script statement by statement in a fresh shadow to find the one that fails. Only runs after a
 * failure without a cursor position, so the common path pays nothing for it.
 */
async function findFailingStatement(sql: string, shadowFactory: ShadowFactory): Promise<number | undefined> {
  let spans: Awaited<ReturnType<typeof splitStatements>>;
  try {
    spans = await splitStatements(sql);
  } catch {
    return undefined;
  }
  const probe = await shadowFactory();
  try {
    for (const span of spans) {
      try {
        await probe.exec(sql.slice(span.start, span.end));
      } catch {
        return skipBlank(sql, span.start);
      }
    }
    return undefined;
  } finally {
    await probe.close();
  }
}
