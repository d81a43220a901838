import type { Finding } from '@schema-studio/lint';
import { compareStrings } from '@schema-studio/schema';
import type { DocContext } from './context.ts';
import { enumColumns } from './enum-columns.ts';
import { findingsSummary } from './findings.ts';
import { code, document, link, table, text } from './markdown.ts';
import { type DocFile, GENERATED, PATHS } from './options.ts';
import { href } from './paths.ts';

/** `README.md`: what the set holds, with counts, and links to every document and migration log. */
export interface ReadmeParts {
  readonly title: string;
  readonly erdFiles: number;
  readonly migrationLogs: readonly string[];
  /** The findings page's findings, when the set has that page. */
  readonly findings?: readonly Finding[];
}

export function renderReadme(context: DocContext, parts: ReadmeParts): DocFile {
  const { title, erdFiles, migrationLogs } = parts;
  return {
    path: PATHS.readme,
    content: document([
      `# ${text(title)}`,
      GENERATED,
      table(['What', 'Count'], counts(context)),
      '## Contents',
      contents(context, erdFiles, parts.findings),
      '## Migration log',
      logList(migrationLogs),
    ]),
  };
}

function counts(context: DocContext): string[][] {
  const { model, tables, views } = context;
  const mysql = model.dialect === 'mysql';
  const rows: [string, number][] = [
    // A MySQL model is one database: no schemas, and enumerations live in column types, not named types.
    ...(mysql ? [] : [['Schemas', context.schemaNames.length] as [string, number]]),
    ['Tables', tables.length],
    ['Columns', tables.reduce((sum, t) => sum + t.columns.length, 0)],
    ['Relations (foreign keys)', tables.reduce((sum, t) => sum + t.foreignKeys.length, 0)],
    ['Views', views.filter((v) => !v.materialized).length],
    ...(mysql
      ? [['Enum and set columns', enumColumns(tables).length] as [string, number]]
      : ([
          ['Materialized views', views.filter((v) => v.materialized).length],
          ['Enumerated types', model.enums.length],
          ['Domains', model.domains.length],
        ] as [string, number][])),
  ];
  return rows.map(([what, n]) => [what, String(n)]);
}

function contents(context: DocContext, erdFiles: number, findings?: readonly Finding[]): string {
  const from = PATHS.readme;
  const diagrams = erdFiles <= 1 ? 'one diagram' : `an overview and ${erdFiles - 1} diagrams`;
  const schemas = context.schemaNames.map((schema) => {
    const tables = context.tables.filter((t) => t.schema === schema).length;
    const views = context.views.filter((v) => v.schema === schema).length;
    const target = href(from, PATHS.tables, context.anchors.get('schema', schema));
    if (schema === '') return `  - ${link(`${plural(tables, 'table')}, ${plural(views, 'view')}`, target)}`;
    return `  - ${link(`Schema ${code(schema)}`, target)}: ${plural(tables, 'table')}, ${plural(views, 'view')}`;
  });
  return [
    `- ${link('Entity-relationship diagram', href(from, PATHS.erd))}: ${diagrams}`,
    `- ${link('Table definitions', href(from, PATHS.tables))}: columns, keys, constraints, indexes, triggers and views`,
    ...schemas,
    `- ${link('Data dictionary', href(from, PATHS.dictionary))}: every column alphabetically, ${context.model.dialect === 'mysql' ? 'enum and set values' : 'enums and domains'}`,
    ...(findings
      ? [
          `- ${link('Findings', href(from, PATHS.findings))} of the advisor's rules: ${findingsSummary(findings)}`,
        ]
      : []),
  ].join('\n');
}

function logList(logs: readonly string[]): string {
  if (logs.length === 0) return 'No migrations are logged yet.';
  return [...new Set(logs)]
    .sort(compareStrings)
    .map((path) => `- ${link(text(logLabel(path)), encodePath(path))}`)
    .join('\n');
}

/** `migrations/2026-Q4-schema-changes.md` reads as `2026 Q4`; any other name as itself. */
function logLabel(path: string): string {
  const match = /(\d{4})-Q([1-4])-schema-changes\.md$/.exec(path);
  return match ? `${match[1]} Q${match[2]}` : path;
}

function encodePath(path: string): string {
  return encodeURI(path).replaceAll('(', '%28').replaceAll(')', '%29');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
