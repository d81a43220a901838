import { readFile } from 'node:fs/promises';
import { UsageError } from './errors.ts';

export const DEFAULT_CONFIG_FILE = 'schema-studio.json';

/** The parsed config file and its name, for messages that point at the field at fault. */
export interface ConfigFile {
  readonly file: string;
  readonly json: Readonly<Record<string, unknown>>;
}

/**
 * Reads `schema-studio.json`: `path` when given (it must exist), else the one in the working folder when there
 * is one (none gives an empty config). Each command checks only its own section (`docs`, `lint`), so a
 * repository can hold settings for commands it does not run.
 */
export async function readConfigFile(path: string | undefined): Promise<ConfigFile> {
  const file = path ?? DEFAULT_CONFIG_FILE;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && path === undefined) return { file, json: {} };
    throw new UsageError(`cannot read config file ${file}: ${(error as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  if (!isObject(parsed)) throw new UsageError(`${file}: expected a JSON object`);
  return { file, json: parsed };
}

/** One section of the file as an object whose fields are all known; absent gives `{}`. */
export function configSection(
  config: ConfigFile,
  name: string,
  known: readonly string[],
): Record<string, unknown> {
  const section = config.json[name] ?? {};
  if (!isObject(section)) throw new UsageError(`${config.file}: "${name}" must be an object`);
  const unknown = Object.keys(section).find((k) => !known.includes(k));
  if (unknown !== undefined) {
    throw new UsageError(`${config.file}: unknown field ${name}.${unknown} (expected ${known.join(', ')})`);
  }
  return section;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
