/** The public shapes of the documentation set and the options that shape it. */
import type { Finding } from '@schema-studio/lint';

/** One file of the documentation set. */
export interface DocFile {
  /** Path relative to the output folder, `/`-separated. */
  readonly path: string;
  readonly content: string;
}

export interface DocsOptions {
  /** Title of README.md; default `Database documentation`. */
  readonly title?: string;
  /** Patterns of the objects to document (see `filterModel`); all when absent. */
  readonly include?: readonly string[];
  /** Patterns of the objects to leave out (see `filterModel`). */
  readonly exclude?: readonly string[];
  /**
   * Descriptions for objects without a comment: keys `schema.table` or `schema.table.column` (also views,
   * enums, domains: `schema.name`). A comment in the model wins.
   */
  readonly descriptions?: Readonly<Record<string, string>>;
  /** Names of the migration log files that exist (e.g. `migrations/2026-Q4-schema-changes.md`), listed in README.md. */
  readonly migrationLogs?: readonly string[];
  /**
   * The advisor's findings (`lintModel`) for `schema/findings.md`; no page when absent. The caller runs the
   * linter, with the rule settings it keeps; findings on objects the filter leaves out are not shown.
   */
  readonly findings?: readonly Finding[];
}

export const DEFAULT_TITLE = 'Database documentation';

/** Where each document of the set lives, relative to the output folder. */
export const PATHS = {
  readme: 'README.md',
  erd: 'schema/erd-diagram.md',
  erdFolder: 'schema/erd',
  tables: 'schema/table-definitions.md',
  dictionary: 'schema/data-dictionary.md',
  findings: 'schema/findings.md',
} as const;

/**
 * Whether a path (relative to the output folder) is one an export writes: the fixed documents and the ERD parts
 * under `schema/erd/`. An export owns only these, so it removes a part the set no longer has but never a file
 * someone else put beside them; the migration log is appended to, never owned.
 */
export function isGeneratedDocPath(path: string): boolean {
  const fixed: readonly string[] = [PATHS.readme, PATHS.erd, PATHS.tables, PATHS.dictionary, PATHS.findings];
  if (fixed.includes(path)) return true;
  const part = path.startsWith(`${PATHS.erdFolder}/`) ? path.slice(PATHS.erdFolder.length + 1) : '';
  return /^[A-Za-z0-9_-]+\.md$/.test(part);
}

/** The note at the top of every generated document. */
export const GENERATED =
  'Generated from the schema model by Schema Studio: regenerate it rather than editing it.';
