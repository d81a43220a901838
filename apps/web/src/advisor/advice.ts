import { type Finding, type LiveFacts, lintModel, type ObjectKind, type Severity } from '@schema-studio/lint';
import {
  displayName,
  type LiveStats,
  qualifiedKey,
  type SchemaEdit,
  type SchemaModel,
} from '@schema-studio/schema';

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

/** The facts the lint rules take from live statistics: row estimates and key sequence headroom. */
export function liveFacts(stats: LiveStats): LiveFacts {
  const rowEstimates: Record<string, number> = {};
  for (const t of stats.tables) {
    if (t.rowEstimate !== null) rowEstimates[qualifiedKey(t.schema, t.table)] = t.rowEstimate;
  }
  const sequenceHeadroom: Record<string, number> = {};
  for (const s of stats.sequences) {
    if (s.ownedBy) sequenceHeadroom[`${s.ownedBy.table}.${s.ownedBy.column}`] = s.headroom;
  }
  return { rowEstimates, sequenceHeadroom };
}

/** Below this share of its range left, a sequence is reported; below the second, as an error. */
export const SEQUENCE_WARNING = 0.2;
export const SEQUENCE_ERROR = 0.05;

const percent = (share: number) => `${Math.max(0, Math.floor(share * 1000) / 10)}%`;

function since(stats: LiveStats): string {
  return stats.statsResetAt
    ? `since the statistics were reset (${stats.statsResetAt.slice(0, 10)})`
    : 'since the server started counting';
}

/**
 * Findings only the live database can give: indexes never used since the counters started (not unique nor
 * primary: those enforce something), indexes a failed concurrent build left invalid, and sequences close to
 * the end of their range. Only objects still in the design are reported: a dropped index is no longer news.
 */
export function liveFindings(design: SchemaModel, stats: LiveStats): Omit<AdvisorFinding, 'id'>[] {
  const tables = new Map(design.tables.map((t) => [qualifiedKey(t.schema, t.name), t]));
  const found: Omit<AdvisorFinding, 'id'>[] = [];
  for (const ix of stats.indexes) {
    const table = tables.get(qualifiedKey(ix.schema, ix.table));
    if (!table?.indexes.some((i) => i.name === ix.index)) continue;
    const object = { kind: 'index' as const, schema: ix.schema, table: ix.table, name: ix.index };
    const where = `${ix.index} on ${displayName(ix.schema, ix.table)}`;
    if (!ix.valid) {
      found.push({
        rule: 'invalid-index',
        severity: 'error',
        object,
        message: `Index ${where} is invalid.`,
        why: 'A failed CREATE INDEX CONCURRENTLY left it behind: every write still maintains it, but no query can use it. Drop it and build it again.',
        live: true,
      });
      continue;
    }
    const reads = ix.scans ?? ix.rowsRead;
    if (!stats.available.indexUsage || ix.unique || ix.primary || reads !== 0) continue;
    found.push({
      rule: 'unused-index',
      severity: 'info',
      object,
      message: `Index ${where} has not been used ${since(stats)}.`,
      why: 'Every insert and update pays to maintain it and it takes space, yet no query read it. Check replicas and rare jobs before dropping it.',
      live: true,
    });
  }
  for (const seq of stats.sequences) {
    if (seq.cycle || seq.headroom >= SEQUENCE_WARNING) continue;
    const owner = seq.ownedBy ? tables.get(seq.ownedBy.table) : undefined;
    const column = seq.ownedBy?.column;
    const object =
      owner && column !== undefined
        ? { kind: 'column' as const, schema: owner.schema, table: owner.name, name: column }
        : { kind: 'sequence' as const, schema: seq.schema, name: seq.name };
    const what =
      seq.kind === 'autoIncrement'
        ? `The AUTO_INCREMENT counter of ${displayName(seq.schema, seq.name)}`
        : owner && column !== undefined
          ? `The sequence of ${displayName(owner.schema, owner.name)}.${column}`
          : `Sequence ${displayName(seq.schema, seq.name)}`;
    found.push({
      rule: 'sequence-near-exhaustion',
      severity: seq.headroom < SEQUENCE_ERROR ? 'error' : 'warning',
      object,
      message: `${what} has ${percent(seq.headroom)} of its range left (last value ${seq.lastValue ?? 'none'} of ${seq.increment.startsWith('-') ? seq.minValue : seq.maxValue}).`,
      why: 'When it runs out every insert fails. Widening the column (and the sequence) takes time on a large table: plan it before then.',
      live: true,
    });
  }
  return found;
}

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

const fromLint = (f: Finding): Omit<AdvisorFinding, 'id'> => ({
  rule: f.rule,
  severity: f.severity,
  object: f.object,
  message: f.message,
  why: f.why,
  ...(f.fix ? { fix: f.fix } : {}),
  live: false,
});

/** All findings on a design: the lint rules (fed the live facts when there are stats) and the live-only ones. */
export function adviseDesign(design: SchemaModel, stats: LiveStats | null): AdvisorFinding[] {
  const lint = lintModel(design, stats ? { live: liveFacts(stats) } : {}).map(fromLint);
  const live = stats && stats.dialect === design.dialect ? liveFindings(design, stats) : [];
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

/** Bytes in binary units: 8 kB, 1.5 MB. */
export function shortBytes(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const text = unit === 0 || value >= 10 ? String(Math.round(value)) : value.toFixed(1).replace(/\.0$/, '');
  return `${text} ${units[unit]}`;
}
