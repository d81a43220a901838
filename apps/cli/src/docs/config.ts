import { readFile } from 'node:fs/promises';
import { UsageError } from '../errors.ts';

/** The `docs` part of `schema-studio.json`: what a repository settles once instead of on every command line. */
export interface DocsConfig {
  readonly out?: string;
  readonly title?: string;
  readonly include?: readonly string[];
  readonly exclude?: readonly string[];
  /** Descriptions for objects the database has no comment on: `schema.table` or `schema.table.column`. */
  readonly descriptions?: Readonly<Record<string, string>>;
}

export const DEFAULT_CONFIG_FILE = 'schema-studio.json';

/**
 * Reads the config file: `path` when given (it must exist), else `schema-studio.json` in the working folder
 * when there is one. Anything malformed is a usage error naming the file and the field.
 */
export async function loadDocsConfig(path: string | undefined): Promise<DocsConfig> {
  const file = path ?? DEFAULT_CONFIG_FILE;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && path === undefined) return {};
    throw new UsageError(`cannot read config file ${file}: ${(error as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  return checkDocsConfig(parsed, file);
}

function checkDocsConfig(parsed: unknown, file: string): DocsConfig {
  if (!isObject(parsed)) throw new UsageError(`${file}: expected a JSON object`);
  const docs = parsed.docs ?? {};
  if (!isObject(docs)) throw new UsageError(`${file}: "docs" must be an object`);
  const known = new Set(['out', 'title', 'include', 'exclude', 'descriptions']);
  const unknown = Object.keys(docs).filter((k) => !known.has(k));
  if (unknown.length > 0) {
    throw new UsageError(`${file}: unknown field docs.${unknown[0]} (expected ${[...known].join(', ')})`);
  }
  const field = (name: string) => `${file}: docs.${name}`;
  if (docs.out !== undefined && typeof docs.out !== 'string')
    throw new UsageError(`${field('out')} must be a string`);
  if (docs.title !== undefined && typeof docs.title !== 'string')
    throw new UsageError(`${field('title')} must be a string`);
  for (const name of ['include', 'exclude'] as const) {
    const list = docs[name];
    if (list !== undefined && !(Array.isArray(list) && list.every((p) => typeof p === 'string')))
      throw new UsageError(`${field(name)} must be a list of patterns (strings)`);
  }
  const descriptions = docs.descriptions;
  if (
    descriptions !== undefined &&
    !(isObject(descriptions) && Object.values(descriptions).every((d) => typeof d === 'string'))
  )
    throw new UsageError(`${field('descriptions')} must map object names to strings`);
  return docs as DocsConfig;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
