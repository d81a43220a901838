import { readFile } from 'node:fs/promises';
import { ConnectionError, introspectDatabase, redactUrl } from '@schema-studio/postgres/connect';
import type { ShadowFactory, sqlToModel } from '@schema-studio/postgres/node';
import { type Dialect, emptyModel, type SchemaModel, validateModel } from '@schema-studio/schema';
import { defaultDialect, isMysqlUrl, isPostgresUrl, requireSameDialect } from './dialect.ts';
import { UsageError } from './errors.ts';
import { loadMysqlDatabase, loadMysqlSql } from './mysql-source.ts';

export interface SourceOptions {
  /** A server URL for the scratch databases that read `.sql` sources and prove migrations. */
  readonly shadowUrl?: string;
  /** `--dialect`: what `.sql` files and `empty` are (else the `--shadow` server's dialect, else PostgreSQL). */
  readonly dialect?: Dialect;
  readonly onProgress?: (message: string) => void;
}

/**
 * The shadow database for PostgreSQL `.sql` sources and proofs. Loaded on demand: the embedded engine is large,
 * and commands that read only live databases or JSON should not pay for it.
 */
export async function shadowFactory(options: SourceOptions): Promise<ShadowFactory> {
  const { createPgliteShadow, serverShadowFactory } = await import('@schema-studio/postgres/node');
  return options.shadowUrl ? serverShadowFactory(options.shadowUrl) : createPgliteShadow;
}

/**
 * Reads a `<source>` argument into a model: `empty`, a `postgres://` or `mysql://` URL, a `.sql` file (run in
 * a shadow database, then introspected) or a `.json` model file.
 */
export async function loadSource(spec: string, options: SourceOptions = {}): Promise<SchemaModel> {
  const dialect = defaultDialect(options.dialect, options.shadowUrl);
  if (spec === 'empty') return emptyModel(dialect);
  if (isPostgresUrl(spec)) return loadDatabase(spec, options);
  if (isMysqlUrl(spec)) return loadMysqlDatabase(spec, options.onProgress);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(spec)) {
    throw new UsageError(
      `unsupported source "${redactUrl(spec)}": expected postgres://, mysql://, a .sql or .json file, or empty`,
    );
  }
  if (spec.endsWith('.sql')) return loadSqlFile(spec, dialect, options);
  if (spec.endsWith('.json')) return loadJsonFile(spec);
  throw new UsageError(
    `unknown source "${spec}": expected a postgres:// or mysql:// URL, a .sql or .json file, or empty`,
  );
}

/**
 * The two sides of a migration. Sources that say their own dialect (URLs, model files) are read first; a `.sql`
 * file or `empty` on the other side then takes that dialect unless `--dialect` or `--shadow` says otherwise, so
 * `diff mysql://... schema.sql --shadow mysql://...` and `diff empty mysql://...` need no `--dialect`. Sides of
 * different dialects are refused.
 */
export async function loadPair(
  fromSpec: string,
  toSpec: string,
  options: SourceOptions,
): Promise<[SchemaModel, SchemaModel]> {
  // One after the other: with a bad source, the error reported is always the first side's.
  const known: (SchemaModel | undefined)[] = [];
  for (const spec of [fromSpec, toSpec])
    known.push(selfDescribing(spec) ? await loadSource(spec, options) : undefined);
  const other = known.find((m) => m !== undefined)?.dialect;
  const fallback = { ...options, dialect: options.dialect ?? (options.shadowUrl ? undefined : other) };
  const from = known[0] ?? (await loadSource(fromSpec, fallback));
  const to = known[1] ?? (await loadSource(toSpec, fallback));
  requireSameDialect(from, to, fromSpec, toSpec);
  return [from, to];
}

/** A source whose dialect does not depend on the options: a database URL or a model file. */
function selfDescribing(spec: string): boolean {
  return spec !== 'empty' && !spec.endsWith('.sql');
}

async function loadDatabase(url: string, options: SourceOptions): Promise<SchemaModel> {
  try {
    return await introspectDatabase(url, {
      onProgress: (step, done, total) => options.onProgress?.(`introspecting ${step} (${done}/${total})`),
    });
  } catch (error) {
    if (error instanceof ConnectionError) throw new UsageError(error.message);
    throw error;
  }
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === 'ENOENT' ? `file not found: ${path}` : `cannot read ${path}: ${String(error)}`,
    );
  }
}

async function loadSqlFile(path: string, dialect: Dialect, options: SourceOptions): Promise<SchemaModel> {
  const sql = await readText(path);
  options.onProgress?.(`running ${path} in a shadow database`);
  if (dialect === 'mysql') return loadMysqlSql(path, sql, options.shadowUrl);
  const { sqlToModel } = await import('@schema-studio/postgres/node');
  let result: Awaited<ReturnType<typeof sqlToModel>>;
  try {
    result = await sqlToModel(sql, await shadowFactory(options));
  } catch (error) {
    if (error instanceof ConnectionError) throw new UsageError(`shadow database: ${error.message}`);
    throw error;
  }
  if (result.ok) return result.value;
  const where = result.error.line === undefined ? '' : `:${result.error.line}:${result.error.column}`;
  throw new UsageError(`${path}${where}: SQL error: ${result.error.message}`);
}

async function loadJsonFile(path: string): Promise<SchemaModel> {
  const text = await readText(path);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${path}: invalid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const result = validateModel(json);
  if (result.ok) return result.value;
  const more = result.error.length > 1 ? ` (and ${result.error.length - 1} more problems)` : '';
  throw new UsageError(`${path}: not a schema model: ${result.error[0]}${more}`);
}
