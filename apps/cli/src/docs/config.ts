import { type ConfigFile, configSection, isObject, readConfigFile } from '../config-file.ts';
import { UsageError } from '../errors.ts';

/** The `docs` part of `schema-studio.json`: what a repository settles once instead of on every command line. */
export interface DocsConfig {
  readonly out?: string;
  readonly title?: string;
  readonly include?: readonly string[];
  readonly exclude?: readonly string[];
  /** Descriptions for objects the database has no comment on: `schema.table` or `schema.table.column`. */
  readonly descriptions?: Readonly<Record<string, string>>;
  /** Whether the set includes the advisor's findings page (`schema/findings.md`). */
  readonly findings?: boolean;
}

const FIELDS = ['out', 'title', 'include', 'exclude', 'descriptions', 'findings'];

/** The `docs` section of the config file (see `readConfigFile`); anything malformed is a usage error. */
export async function loadDocsConfig(path: string | undefined): Promise<DocsConfig> {
  return checkDocsConfig(await readConfigFile(path));
}

export function checkDocsConfig(config: ConfigFile): DocsConfig {
  const docs = configSection(config, 'docs', FIELDS);
  const field = (name: string) => `${config.file}: docs.${name}`;
  for (const name of ['out', 'title'] as const) {
    if (docs[name] !== undefined && typeof docs[name] !== 'string')
      throw new UsageError(`${field(name)} must be a string`);
  }
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
  if (docs.findings !== undefined && typeof docs.findings !== 'boolean')
    throw new UsageError(`${field('findings')} must be true or false`);
  return docs as DocsConfig;
}
