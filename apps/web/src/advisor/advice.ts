import {
  type Finding,
  lintModel,
  liveFacts,
  liveFindings,
  type ObjectKind,
  type Severity,
} from '@schema-studio/lint';
import { type LiveStats, qualifiedKey, type SchemaEdit, type SchemaModel } from '@schema-studio/schema';

/** What the panel lists: the lint package's findings, and findings only live statistics can give. */
export interface AdvisorFinding {
  /** Stable across recomputations of an unchanged finding (React key, remembered selection). */
  readonly id: string;
  readonly rule: string;
  readonly severity: Severity;
  readonly object: {
    readonly kind: ObjectKind | 'sequence';
    readonly schema: string;
    readonly table?: string;
    readonly name: string;
  };
  readonly message: string;
  readonly why: string;
  readonly fix?: readonly SchemaEdit[];
  /** From live statistics rather than the model. */
  readonly live: boolean;
}

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

const idOf = (f: Pick<AdvisorFinding, 'rule' | 'object'>) =>
  [f.rule, f.object.kind, f.object.schema, f.object.table ?? '', f.object.name].join('\u0000');

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

function withIds(findings: readonly Omit<AdvisorFinding, 'id'>[]): AdvisorFinding[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const base = idOf(f);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return { ...f, id: n === 0 ? base : `${base}\u0000${n}` };
  });
}

const fromLint = (f: Finding, live = false): Omit<AdvisorFinding, 'id'> => ({
  rule: f.rule,
  severity: f.severity,
  object: f.object,
  message: f.message,
  why: f.why,
  ...(f.fix ? { fix: f.fix } : {}),
  live,
});

/** All findings on a design: the lint rules (fed the live facts when there are stats) and the live-only ones. */
export function adviseDesign(design: SchemaModel, stats: LiveStats | null): AdvisorFinding[] {
  const found = lintModel(design, stats ? { live: liveFacts(stats) } : {});
  const lint = found.map((f) => fromLint(f));
  // The live-only rules (unused and invalid indexes, busy sequential scans, sequences near their end) are the
  // lint package's, shared with the CLI.
  const live =
    stats && stats.dialect === design.dialect
      ? liveFindings(design, stats, {}, found).map((f) => fromLint(f, true))
      : [];
  // Worst first; the lint package's order (by object) is kept within a severity.
  return withIds([...lint, ...live]).sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}

const memo = new WeakMap<SchemaModel, { stats: LiveStats | null; findings: AdvisorFinding[] }>();

/** {@link adviseDesign}, memoized per design object like the derived migration. */
export function advise(design: SchemaModel, stats: LiveStats | null): AdvisorFinding[] {
  const hit = memo.get(design);
  if (hit && hit.stats === stats) return hit.findings;
  const findings = adviseDesign(design, stats);
  memo.set(design, { stats, findings });
  return findings;
}

/** The canvas table a finding is about (`schema.table`), if it is about one. */
export function tableKeyOf(f: AdvisorFinding): string | undefined {
  if (f.object.table !== undefined) return qualifiedKey(f.object.schema, f.object.table);
  return f.object.kind === 'table' ? qualifiedKey(f.object.schema, f.object.name) : undefined;
}

export interface TableAdvice {
  readonly count: number;
  readonly worst: Severity;
}

/** Per table: how many findings and the worst severity, for the badges on the canvas. */
export function adviceByTable(findings: readonly AdvisorFinding[]): ReadonlyMap<string, TableAdvice> {
  const byTable = new Map<string, TableAdvice>();
  for (const f of findings) {
    const key = tableKeyOf(f);
    if (key === undefined) continue;
    const old = byTable.get(key);
    byTable.set(key, {
      count: (old?.count ?? 0) + 1,
      worst: old && RANK[old.worst] <= RANK[f.severity] ? old.worst : f.severity,
    });
  }
  return byTable;
}

export function countBySeverity(findings: readonly AdvisorFinding[]): Readonly<Record<Severity, number>> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** "1 advisor finding", "3 advisor findings". */
export const findingsLabel = (n: number) => `${n} advisor finding${n === 1 ? '' : 's'}`;

/** Short human numbers for the canvas: 950, 1.2k, 3.4M. */
export function shortCount(n: number): string {
  if (n < 1000) return String(Math.round(n));
  const [value, unit] = n < 1e6 ? [n / 1e3, 'k'] : n < 1e9 ? [n / 1e6, 'M'] : [n / 1e9, 'G'];
  return `${value < 10 ? value.toFixed(1).replace(/\.0$/, '') : Math.round(value)}${unit}`;
}

export { shortBytes } from '@schema-studio/lint';
