import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { diffModels } from '@schema-studio/diff';
import {
  appendMigrationEntry,
  type DocsOptions,
  filterModel,
  migrationLogPath,
  renderDocs,
} from '@schema-studio/docs';
import { type LintOptions, lintModel } from '@schema-studio/lint';
import type { SchemaModel } from '@schema-studio/schema';
import { parseCommandArgs } from '../args.ts';
import { readConfigFile } from '../config-file.ts';
import { parseDialect } from '../dialect.ts';
import { checkDocsConfig, type DocsConfig } from '../docs/config.ts';
import { compareDocs, type DocsDrift, migrationLogs, writeDocs } from '../docs/files.ts';
import { EXIT, UsageError } from '../errors.ts';
import { parseHints } from '../hints.ts';
import { checkLintConfig } from '../lint/settings.ts';
import { plannerFor } from '../planner.ts';
import { loadPair, loadSource } from '../sources.ts';
import type { CommandContext } from './context.ts';

export const docsHelp = `schema-studio docs <source> [--out DIR] [--check] [--findings] [--include P ...] [--exclude P ...] [--config FILE] [--shadow URL] [--dialect D]
  Writes the documentation set (README.md, schema/erd-diagram.md, schema/table-definitions.md,
  schema/data-dictionary.md) into DIR (default docs/database). --check writes nothing and exits 1 listing
  each stale, missing or extra file. Patterns name schemas or schema.table (MySQL: tables), with * and ?.
  --findings adds schema/findings.md, the advisor's findings (rule settings from "lint" in the config file).
  Settings (out, title, include, exclude, descriptions, findings) may also come from schema-studio.json ("docs").
schema-studio docs log <from> <to> --title T [--author A] [--reviewer R ...] [--date YYYY-MM-DD] [--rename ...]
  Appends the migration from <from> to <to> (summary, hazards, up and down SQL) to the quarter's file
  under DIR/migrations/, then writes the set for <to>. Earlier entries are never rewritten.`;

const COMMON = {
  out: { type: 'string' },
  include: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  config: { type: 'string' },
  shadow: { type: 'string' },
  dialect: { type: 'string' },
  findings: { type: 'boolean' },
} as const;

const DEFAULT_OUT = 'docs/database';

export async function docsCommand(argv: readonly string[], ctx: CommandContext): Promise<number> {
  if (argv[0] === 'log') return docsLogCommand(argv.slice(1), ctx);
  const { values, positionals } = parseCommandArgs('docs', argv, { ...COMMON, check: { type: 'boolean' } }, [
    'source',
  ]);
  const config = await loadConfig(values);
  const out = values.out ?? config.out ?? DEFAULT_OUT;
  const model = await loadSource(positionals[0] ?? '', {
    shadowUrl: values.shadow,
    dialect: parseDialect(values.dialect),
    onProgress: ctx.progress,
  });
  const shown = selected(model, values, config);
  const files = renderDocs(shown, await docsOptions(out, config, shown));
  if (values.check) return reportCheck(out, await compareDocs(out, files), ctx);
  const drift = await writeDocs(out, files);
  const touched = drift.stale.length + drift.missing.length + drift.extra.length;
  ctx.stdout(
    `wrote ${out}: ${files.length} files, ${touched === 0 ? 'all up to date' : `${touched} changed`}\n`,
  );
  return EXIT.ok;
}

async function docsLogCommand(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'docs log',
    argv,
    {
      ...COMMON,
      title: { type: 'string' },
      author: { type: 'string' },
      reviewer: { type: 'string', multiple: true },
      date: { type: 'string' },
      rename: { type: 'string', multiple: true },
    },
    ['from', 'to'],
  );
  if (!values.title?.trim()) throw new UsageError('docs log: --title is required (what the migration does)');
  const date = values.date ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(date))
    throw new UsageError(`docs log: --date must be YYYY-MM-DD, got "${date}"`);
  const config = await loadConfig(values);
  const out = values.out ?? config.out ?? DEFAULT_OUT;
  parseHints(values.rename);
  const sourceOptions = {
    shadowUrl: values.shadow,
    dialect: parseDialect(values.dialect),
    onProgress: ctx.progress,
  };
  const [from, to] = await loadPair(positionals[0] ?? '', positionals[1] ?? '', sourceOptions);
  const hints = parseHints(values.rename, from.dialect);
  const entry = {
    date,
    title: values.title.trim(),
    ...(values.author ? { author: values.author } : {}),
    ...(values.reviewer?.length ? { reviewers: values.reviewer } : {}),
    changes: diffModels(from, to, hints),
    plan: (await plannerFor(from.dialect)).migration(from, to, hints),
    dialect: from.dialect,
  };
  const logPath = join(out, migrationLogPath(date));
  const existing = await readFile(logPath, 'utf8').catch(() => undefined);
  await mkdir(dirname(logPath), { recursive: true });
  await writeFile(logPath, appendMigrationEntry(existing, entry));
  // The index lists the log files: write the set for the schema the migration leads to.
  const shown = selected(to, values, config);
  await writeDocs(out, renderDocs(shown, await docsOptions(out, config, shown)));
  ctx.stdout(`appended "${entry.title}" (${entry.plan.up.length} statements) to ${logPath}\n`);
  return EXIT.ok;
}

/** Command-line patterns replace the config file's. */
function selected(
  model: SchemaModel,
  values: { include?: string[]; exclude?: string[] },
  config: DocsConfig,
): SchemaModel {
  return filterModel(model, values.include ?? config.include, values.exclude ?? config.exclude);
}

/** What the docs commands need from the config file; the lint section is read only for the findings page. */
interface DocsSettings extends DocsConfig {
  readonly lintRules?: LintOptions['rules'];
}

async function loadConfig(values: { config?: string; findings?: boolean }): Promise<DocsSettings> {
  const file = await readConfigFile(values.config);
  const docs = checkDocsConfig(file);
  if (!(values.findings ?? docs.findings)) return { ...docs, findings: false };
  return { ...docs, findings: true, lintRules: checkLintConfig(file).rules ?? {} };
}

/**
 * The findings are the model rules' only, never live statistics: those change by the minute, and the set must
 * be a function of the schema so that `--check` passes until the schema changes.
 */
async function docsOptions(out: string, config: DocsSettings, model: SchemaModel): Promise<DocsOptions> {
  return {
    ...(config.title ? { title: config.title } : {}),
    ...(config.descriptions ? { descriptions: config.descriptions } : {}),
    migrationLogs: await migrationLogs(out),
    ...(config.findings && { findings: lintModel(model, { rules: config.lintRules ?? {} }) }),
  };
}

function reportCheck(out: string, drift: DocsDrift, ctx: CommandContext): number {
  const lines = [
    ...drift.stale.map((p) => `stale:   ${join(out, p)}`),
    ...drift.missing.map((p) => `missing: ${join(out, p)}`),
    ...drift.extra.map((p) => `extra:   ${join(out, p)}`),
  ];
  if (lines.length === 0) {
    ctx.stdout(`${out} is up to date\n`);
    return EXIT.ok;
  }
  ctx.stdout(`${lines.join('\n')}\n`);
  ctx.stderr(
    `schema-studio: the docs in ${out} do not match the schema; run without --check to update them\n`,
  );
  return EXIT.failed;
}
