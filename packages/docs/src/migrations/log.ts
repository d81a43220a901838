import type { Change, Hazard, MigrationPlan, Statement } from '@schema-studio/diff';
import type { Dialect } from '@schema-studio/schema';
import { anchor, code, codeBlock, table, text } from '../markdown.ts';
import { summarizeChanges } from './summary.ts';

/** One applied (or approved) migration, as the log records it. */
export interface MigrationEntry {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  readonly title: string;
  readonly author?: string;
  readonly reviewers?: readonly string[];
  /** From `diffModels(from, to, hints)`, for the summary. */
  readonly changes: readonly Change[];
  /** Up and down statements with their hazards. */
  readonly plan: MigrationPlan;
  /** The engine the plan is for (default PostgreSQL). */
  readonly dialect?: Dialect;
}

/**
 * MySQL commits every DDL statement implicitly, so each one carries NOT_TRANSACTIONAL: said once per entry
 * instead of on every row and statement.
 */
const MYSQL_NOTE =
  'MySQL commits every DDL statement implicitly: these statements cannot run in a transaction, and a failure part-way leaves the ones before it applied.';

/** The quarter's log file for a date: `2026-11-25` -> `migrations/2026-Q4-schema-changes.md`. */
export function migrationLogPath(date: string): string {
  const { year, quarter } = quarterOf(date);
  return `migrations/${year}-Q${quarter}-schema-changes.md`;
}

/**
 * The log file with `entry` appended. Earlier content is kept byte for byte (entries are never rewritten);
 * a new file (`existing` undefined or empty) starts with a header naming the entry's quarter.
 */
export function appendMigrationEntry(existing: string | undefined, entry: MigrationEntry): string {
  const { year, quarter } = quarterOf(entry.date);
  const before =
    existing === undefined || existing === ''
      ? `${header(year, quarter)}\n`
      : existing.endsWith('\n')
        ? existing
        : `${existing}\n`;
  return `${before}\n${renderEntry(entry, uniqueId(existing ?? '', entryId(entry)))}\n`;
}

function header(year: string, quarter: number): string {
  return [
    `# Schema changes, ${year} Q${quarter}`,
    '',
    'The migrations of this quarter, oldest first. Schema Studio appends each new migration; earlier entries',
    'are never rewritten.',
  ].join('\n');
}

function renderEntry(entry: MigrationEntry, id: string): string {
  const people = [
    entry.author === undefined ? undefined : `- Author: ${text(entry.author)}`,
    entry.reviewers === undefined || entry.reviewers.length === 0
      ? undefined
      : `- Reviewers: ${entry.reviewers.map(text).join(', ')}`,
  ].filter((line) => line !== undefined);
  const summary = summarizeChanges(entry.changes);
  const mysql = entry.dialect === 'mysql';
  return [
    `## ${anchor(id)}${entry.date}: ${text(entry.title)}`,
    people.length === 0 ? undefined : people.join('\n'),
    '**Summary**',
    summary.length === 0 ? 'No changes.' : summary.map((line) => `- ${line}`).join('\n'),
    '**Hazards**',
    mysql ? MYSQL_NOTE : undefined,
    hazards(entry.plan, mysql),
    '**Up**',
    statements(entry.plan.up, mysql),
    '**Down**',
    statements(entry.plan.down, mysql),
  ]
    .filter((block) => block !== undefined)
    .join('\n\n');
}

function hazards(plan: MigrationPlan, mysql: boolean): string {
  const shown = (h: Hazard) => !(mysql && h.code === 'NOT_TRANSACTIONAL');
  const rows = [...hazardRows('up', plan.up, shown), ...hazardRows('down', plan.down, shown)];
  return rows.length === 0 ? 'None.' : table(['Statement', 'Hazard', 'Reason'], rows);
}

function hazardRows(
  direction: 'up' | 'down',
  list: readonly Statement[],
  shown: (h: Hazard) => boolean,
): string[][] {
  return list.flatMap((statement, i) =>
    statement.hazards.filter(shown).map((h) => [`${direction} ${i + 1}`, code(h.code), text(h.reason)]),
  );
}

/** Numbered statements, so the hazards table can point at them; each ends with a semicolon. */
function statements(list: readonly Statement[], mysql: boolean): string {
  if (list.length === 0) return 'No statements.';
  const sql = list.map((s, i) => {
    const note = s.transactional || mysql ? '' : ' (runs outside a transaction)';
    const body = s.sql.trimEnd();
    return `-- ${i + 1}${note}\n${body}${body.endsWith(';') ? '' : ';'}`;
  });
  return codeBlock(sql.join('\n\n'), 'sql');
}

function entryId(entry: MigrationEntry): string {
  const slug = entry.title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `migration-${entry.date}${slug === '' ? '' : `-${slug}`}`;
}

/** Two migrations with the same date and title get distinct anchors: the earlier ones are already written. */
function uniqueId(existing: string, base: string): string {
  let id = base;
  for (let n = 2; existing.includes(`id="${id}"`); n++) id = `${base}-${n}`;
  return id;
}

function quarterOf(date: string): { year: string; quarter: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const [, year = '', month = '', day = ''] = match ?? [];
  const parsed = new Date(`${date}T00:00:00Z`);
  if (!match || Number.isNaN(parsed.getTime()) || parsed.getUTCDate() !== Number(day)) {
    throw new RangeError(`bad migration date "${date}": expected a calendar date as YYYY-MM-DD`);
  }
  return { year, quarter: Math.ceil(Number(month) / 3) };
}
