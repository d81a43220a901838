import type { Finding, FindingObject, Severity } from '@schema-studio/lint';
import { displayName } from '@schema-studio/schema';
import { type FailOn, fails } from './settings.ts';

export interface LintReport {
  readonly findings: readonly Finding[];
  /** When the live statistics were read (server clock); absent when the source has none or the read failed. */
  readonly liveStatsAt?: string;
  readonly failOn: FailOn;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export function counts(findings: readonly Finding[]): Record<Severity, number> {
  const n = { error: 0, warning: 0, info: 0 };
  for (const f of findings) n[f.severity]++;
  return n;
}

/** The findings that fail the run at the report's threshold. */
export function failing(report: LintReport): Finding[] {
  return report.findings.filter((f) => fails(f.severity, report.failOn));
}

/** `--format json`: the findings as `lintModel` gives them (fixes included, for tools to apply), with counts. */
export function jsonReport(report: LintReport): string {
  const body = {
    findings: report.findings,
    counts: counts(report.findings),
    failOn: report.failOn,
    failed: failing(report).length > 0,
    ...(report.liveStatsAt && { liveStatsAt: report.liveStatsAt }),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** `column public.orders.customer_id`, `index orders_idx on public.orders`, `table public.orders`. */
export function objectLabel(object: FindingObject): string {
  const kind = { foreignKey: 'foreign key', primaryKey: 'primary key' }[object.kind as string] ?? object.kind;
  if (object.table === undefined) return `${kind} ${displayName(object.schema, object.name)}`;
  const table = displayName(object.schema, object.table);
  return object.kind === 'column' ? `column ${table}.${object.name}` : `${kind} ${object.name} on ${table}`;
}

function findingLines(f: Finding): string[] {
  return [
    `  ${f.rule}  ${objectLabel(f.object)}`,
    `    ${f.message}`,
    `    why: ${f.why}`,
    ...(f.fix?.length ? ['    fix available (the studio applies it as a design edit)'] : []),
  ];
}

/** Text: one group per severity, errors first, findings in object order within a group; then a summary. */
export function textReport(report: LintReport): string {
  const groups = SEVERITIES.flatMap((severity) => {
    const found = report.findings.filter((f) => f.severity === severity);
    if (found.length === 0) return [];
    return [`${severity} (${found.length})`, ...found.flatMap(findingLines), ''];
  });
  return `${[...groups, summary(report)].join('\n')}\n`;
}

function summary(report: LintReport): string {
  const n = counts(report.findings);
  const total = report.findings.length;
  const parts = SEVERITIES.map((s) => `${n[s]} ${s}${s === 'info' || n[s] === 1 ? '' : 's'}`);
  const live = report.liveStatsAt
    ? `live statistics read at ${report.liveStatsAt}`
    : 'model only, no live statistics';
  return `${total === 0 ? 'no findings' : `${total} finding${total === 1 ? '' : 's'}: ${parts.join(', ')}`} (${live})`;
}
