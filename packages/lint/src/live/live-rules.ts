/**
 * Findings only live statistics can give, which the model rules (packages/lint) do not cover: indexes that are
 * never read or are broken, large tables read by sequential scans, sequences running out on a column no model
 * rule speaks for. Shared by the CLI and the studio's Advisor; each takes the same rule settings as a model rule.
 * Only an unused index offers a fix (its drop, with the same safety checks as a duplicate index's): widening a
 * column reaches every column that references it, a decision the numbers inform but do not make, and an
 * invalid index is rebuilt, which no model edit says.
 */

import {
  displayName,
  type IndexDef,
  type IndexStats,
  type LiveStats,
  qualifiedKey,
  type SchemaModel,
  type SequenceStats,
  type TableDef,
  type TableStats,
} from '@schema-studio/schema';
import { dropFixParts, dropIndex } from '../drop-index.ts';
import { shortBytes } from '../format.ts';
import { contextOf } from '../lint.ts';
import type { Finding, RuleContext, RuleSetting, Severity } from '../types.ts';

export interface LiveRule {
  readonly id: string;
  readonly defaultSeverity: RuleSetting;
  readonly summary: string;
}

export const LIVE_RULES: readonly LiveRule[] = [
  {
    id: 'unused-index',
    defaultSeverity: 'info',
    summary: 'A non-unique index no query has read since the counters started.',
  },
  {
    id: 'invalid-index',
    defaultSeverity: 'warning',
    summary: 'An index a failed CREATE INDEX CONCURRENTLY left invalid.',
  },
  {
    id: 'sequential-scans',
    defaultSeverity: 'info',
    summary: 'A large table read mostly by sequential scans.',
  },
  {
    id: 'sequence-near-exhaustion',
    defaultSeverity: 'warning',
    summary: 'A sequence with under 20% of its range left.',
  },
];

/** A table of at least this many (estimated) rows is large enough that a full scan is worth a look. */
const LARGE_TABLE_ROWS = 100_000;
/** Fewer sequential scans than this are one-off jobs (a dump, a migration), not a query pattern. */
const MANY_SCANS = 50;
const LOW_HEADROOM = 0.2;
const CRITICAL_HEADROOM = 0.05;

type LiveFinding = Omit<Finding, 'severity'> & { readonly severity?: Severity };

/**
 * The live findings for a model, with severities from `settings` (a rule set `off` gives none). `modelFindings`
 * are the model rules' findings, so a column the integer-key rule already reports is not reported twice.
 */
export function liveFindings(
  model: SchemaModel,
  stats: LiveStats,
  settings: Readonly<Record<string, RuleSetting>>,
  modelFindings: readonly Finding[],
): Finding[] {
  const tables = new Map(model.tables.map((t) => [qualifiedKey(t.schema, t.name), t]));
  const context = contextOf(model);
  const found = [
    ...stats.indexes.flatMap((ix) =>
      indexFindings(ix, tables.get(qualifiedKey(ix.schema, ix.table)), stats, context),
    ),
    ...stats.tables.flatMap((t) => scanFindings(t, tables.get(qualifiedKey(t.schema, t.table)), stats)),
    ...stats.sequences.flatMap((s) => sequenceFindings(s, tables, modelFindings)),
  ];
  return found.flatMap((f) => {
    const rule = LIVE_RULES.find((r) => r.id === f.rule);
    const severity = settings[f.rule] ?? f.severity ?? rule?.defaultSeverity ?? 'info';
    return severity === 'off' ? [] : [{ ...f, severity }];
  });
}

/** Since when usage counts run, as a message says it. */
function since(stats: LiveStats): string {
  return stats.statsResetAt
    ? `since the statistics were reset (${stats.statsResetAt})`
    : 'since the server started counting';
}

function indexFindings(
  ix: IndexStats,
  table: TableDef | undefined,
  stats: LiveStats,
  context: RuleContext,
): LiveFinding[] {
  const index = table?.indexes.find((i) => i.name === ix.index);
  if (!table || !index) return [];
  const object = { kind: 'index' as const, schema: ix.schema, table: ix.table, name: ix.index };
  const label = `Index ${ix.index} on ${displayName(ix.schema, ix.table)}`;
  if (!ix.valid) {
    return [
      {
        rule: 'invalid-index',
        object,
        message: `${label} is invalid.`,
        why: 'A failed CREATE INDEX CONCURRENTLY leaves the index behind: every write still maintains it, no query reads it, and a unique one still rejects rows. Drop it and build it again.',
      },
    ];
  }
  const reads = ix.scans ?? ix.rowsRead;
  if (!stats.available.indexUsage || reads !== 0 || ix.unique || ix.primary || backsForeignKey(index, table))
    return [];
  const { fix, note } = dropFixParts(dropIndex(context, table, index));
  return [
    {
      rule: 'unused-index',
      object,
      message: `${label} has not been read ${since(stats)}${ix.bytes === undefined ? '' : `; it takes ${shortBytes(ix.bytes)}`}.${note}`,
      why: 'An index no query reads still slows every write and takes space and cache. Check replicas and rare jobs (the counters are per server) before dropping it.',
      ...(fix ? { fix } : {}),
    },
  ];
}

/** Whether the index's leading keys are a foreign key's columns: the key's checks need it even if no query does. */
function backsForeignKey(index: IndexDef, table: TableDef): boolean {
  return table.foreignKeys.some((fk) => {
    const lead = index.keys.slice(0, fk.columns.length);
    return (
      lead.length === fk.columns.length && lead.every((k) => !k.expression && fk.columns.includes(k.column))
    );
  });
}

function scanFindings(t: TableStats, table: TableDef | undefined, stats: LiveStats): LiveFinding[] {
  const scans = t.seqScans ?? 0;
  const rows = t.rowEstimate ?? 0;
  if (!table || !stats.available.tableScans || rows < LARGE_TABLE_ROWS || scans < MANY_SCANS) return [];
  if (scans <= (t.indexScans ?? 0)) return [];
  return [
    {
      rule: 'sequential-scans',
      object: { kind: 'table', schema: t.schema, name: t.table },
      message: `Table ${displayName(t.schema, t.table)} (about ${rows} rows) was read by ${scans} sequential scans and ${t.indexScans ?? 0} index scans ${since(stats)}.`,
      why: 'Each sequential scan reads the whole table. Queries that filter or join on columns without an index do this; an index on those columns usually turns them into index scans.',
    },
  ];
}

function sequenceFindings(
  s: SequenceStats,
  tables: ReadonlyMap<string, TableDef>,
  modelFindings: readonly Finding[],
): LiveFinding[] {
  if (!s.ownedBy || s.cycle || s.headroom >= LOW_HEADROOM) return [];
  const table = tables.get(s.ownedBy.table);
  if (!table) return [];
  const column = s.ownedBy.column;
  const covered = modelFindings.some(
    (f) =>
      f.rule === 'integer-primary-key' &&
      f.object.schema === table.schema &&
      f.object.table === table.name &&
      f.object.name === column,
  );
  if (covered) return [];
  const what =
    s.kind === 'autoIncrement'
      ? 'AUTO_INCREMENT'
      : s.kind === 'identity'
        ? 'identity'
        : `sequence ${displayName(s.schema, s.name)}`;
  return [
    {
      rule: 'sequence-near-exhaustion',
      severity: s.headroom < CRITICAL_HEADROOM ? 'error' : 'warning',
      object: { kind: 'column', schema: table.schema, table: table.name, name: column },
      message: `The ${what} of ${displayName(table.schema, table.name)}.${column} has ${(s.headroom * 100).toFixed(1)}% of its range left (last value ${s.lastValue}, limit ${Number(s.increment) < 0 ? s.minValue : s.maxValue}).`,
      why: 'When it runs out, every insert that needs a new value fails. Widening the column (and the sequence) rewrites the table, so it is planned well before.',
    },
  ];
}
