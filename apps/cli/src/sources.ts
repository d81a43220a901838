import { readFile } from 'node:fs/promises';
import { ConnectionError, introspectDatabase, redactUrl } from '@schema-studio/postgres/connect';
import type { ShadowFactory, sqlToModel } from '@schema-studio/postgres/node';
import { emptyModel, type SchemaModel, validateModel } from '@schema-studio/schema';
import { UsageError } from './errors.ts';

export interface SourceOptions {
  /** A server URL for the scratch databases that read `.sql` sources and prove migrations. */
  readonly shadowUrl?: string;
  readonly onProgress?: (message: string) => void;
}

/**
 * The shadow database for `.sql` sources and proofs. Loaded on demand: the embedded engine is large, and
 * commands that read only live databases or JSON should not pay for it.
 */
export async function shadowFactory(options: SourceOptions): Promise<ShadowFactory> {
  const { createPgliteShadow, serverShadowFactory } = await import('@schema-studio/postgres/node');
  return options.shadowUrl ? serverShadowFactory(options.shadowUrl) : createPgliteShadow;
}

/**
 * Reads a `<source>` argument into a model: `empty`, a `postgres://` URL, a `.sql` file (run in a shadow
 * database, then introspected) or a `.json` model file.
 */
export async function loadSource(spec: string, options: SourceOptions = {}): Promise<SchemaModel> {
  if (spec === 'empty') return emptyModel('postgres');
  if (/^postgres(ql)?:\/\//i.test(spec)) return loadDatabase(spec, options);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(spec)) {
    throw new UsageError(
      `unsupported source "${redactUrl(spec)}": expected postgres://, a .sql or .json file, or empty`,
    );
  }
  if (spec.endsWith('.sql')) return loadSqlFile(spec, options);
  if (spec.endsWith('.json')) return loadJsonFile(spec);
  throw new UsageError(
    `unknown source "${spec}": expected a postgres:// URL, a .sql or .json file, or empty`,
  );
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

async function loadSqlFile(path: string, options: SourceOptions): Promise<SchemaModel> {
  const sql = await readText(path);
  options.onProgress?.(`running ${path} in a shadow database`);
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
