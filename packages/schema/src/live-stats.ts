/**
 * Live statistics of a database: how big its tables are, how they are read, which indexes are used and how
 * close sequences are to running out. Both dialects produce this one shape (PostgreSQL `readLiveStats`,
 * MySQL/MariaDB `readMysqlLiveStats`) from catalog and statistics views only, never by reading user rows.
 *
 * Objects are keyed as the schema model keys them: `schema` and `table` as in `TableDef` (`''` for MySQL),
 * `index` as the index's (or its constraint's) name, so the advisor and the canvas can join stats to a model.
 * Like the model it is plain JSON: times are ISO 8601 strings (UTC, the server's clock), and sequence values
 * are decimal strings because bigint bounds do not fit a JSON number.
 */
import type { Dialect } from './model.ts';
import { qualifiedKey } from './names.ts';

/**
 * How long a statistics read may take on a live database, per statement and per lock wait. The read is a
 * handful of catalog queries: anything slower is a busy server, and an advisor must never queue behind (or
 * hold up) a production lock. The CLI and the API read with these same limits.
 */
export const LIVE_STATS_LIMITS = { statementMs: 5_000, lockMs: 1_000 } as const;

export interface LiveStats {
  readonly dialect: Dialect;
  /** When the server answered (its clock), so ages such as "unused since" do not depend on the client's. */
  readonly collectedAt: string;
  /**
   * Since when the usage counters (scans, rows read) have been counting, when the server records it
   * (PostgreSQL's `pg_stat_database.stats_reset`). Absent when unknown: then usage counts cover an unknown span.
   */
  readonly statsResetAt?: string;
  /** What this server exposes; fields it does not expose are left out of the entries below. */
  readonly available: LiveStatsAvailability;
  readonly tables: readonly TableStats[];
  readonly indexes: readonly IndexStats[];
  readonly sequences: readonly SequenceStats[];
}

export interface LiveStatsAvailability {
  /** Index entries carry `scans` and/or `rowsRead` (off e.g. without MariaDB's `userstat`). */
  readonly indexUsage: boolean;
  /** Table entries carry `seqScans`, `seqRowsRead` and `indexScans` (PostgreSQL with `track_counts`). */
  readonly tableScans: boolean;
  /** Index entries carry `bytes`. */
  readonly indexSizes: boolean;
}

export interface TableStats {
  readonly schema: string;
  readonly table: string;
  /** The planner's estimate of the row count; `null` when the table was never analyzed. */
  readonly rowEstimate: number | null;
  /** Everything but the indexes (PostgreSQL: heap, TOAST and maps; InnoDB: the clustered primary key). */
  readonly tableBytes: number;
  readonly indexBytes: number;
  /** `tableBytes + indexBytes`. */
  readonly totalBytes: number;
  readonly seqScans?: number;
  readonly seqRowsRead?: number;
  readonly indexScans?: number;
}

export interface IndexStats {
  readonly schema: string;
  readonly table: string;
  readonly index: string;
  readonly bytes?: number;
  /** `false` for an index a failed `CREATE INDEX CONCURRENTLY` left behind: maintained on writes, never read. */
  readonly valid: boolean;
  readonly unique: boolean;
  /** Backs the primary key (it cannot be dropped for being unused). */
  readonly primary: boolean;
  /** Index scans started (PostgreSQL). */
  readonly scans?: number;
  /** Index entries read (PostgreSQL, MariaDB `INDEX_STATISTICS`, MySQL `performance_schema`). */
  readonly rowsRead?: number;
  /** The last scan (PostgreSQL 16+). */
  readonly lastScanAt?: string;
}

export type SequenceKind = 'sequence' | 'identity' | 'autoIncrement';

export interface SequenceStats {
  /** For MySQL AUTO_INCREMENT: schema `''` and the table's name. */
  readonly schema: string;
  readonly name: string;
  readonly kind: SequenceKind;
  /** The column it feeds; `table` is a qualified key (`qualifiedKey`), as in `SequenceDef.ownedBy`. */
  readonly ownedBy?: { readonly table: string; readonly column: string };
  /** The last value handed out; `null` when none has been yet. */
  readonly lastValue: string | null;
  readonly minValue: string;
  readonly maxValue: string;
  /** Negative for a descending sequence, which runs out at `minValue`. */
  readonly increment: string;
  /** A cycling sequence starts over instead of failing. */
  readonly cycle: boolean;
  /** The fraction of the range still unused: 1 when fresh, 0 when exhausted. */
  readonly headroom: number;
}

/**
 * The unused fraction of a sequence's range, toward the end it moves to. Differences are taken exactly in
 * bigint before the one division, so values near 2^63 (or 2^64 unsigned) do not lose the small remainder.
 */
export function sequenceHeadroom(
  lastValue: string | null,
  minValue: string,
  maxValue: string,
  increment: string,
): number {
  const min = BigInt(minValue);
  const max = BigInt(maxValue);
  const range = max - min;
  if (lastValue === null || range <= 0n) return 1;
  const last = BigInt(lastValue);
  const left = BigInt(increment) < 0n ? last - min : max - last;
  if (left <= 0n) return 0;
  return Math.min(1, Number(left) / Number(range));
}

/** Table stats by the model's table key (`qualifiedKey(schema, table)`). */
export function tableStatsByKey(stats: LiveStats): ReadonlyMap<string, TableStats> {
  return new Map(stats.tables.map((t) => [qualifiedKey(t.schema, t.table), t]));
}

/** Index stats by `qualifiedKey(schema, table)` and then index name. */
export function indexStatsByTable(stats: LiveStats): ReadonlyMap<string, ReadonlyMap<string, IndexStats>> {
  const byTable = new Map<string, Map<string, IndexStats>>();
  for (const ix of stats.indexes) {
    const key = qualifiedKey(ix.schema, ix.table);
    const entry = byTable.get(key) ?? new Map<string, IndexStats>();
    entry.set(ix.index, ix);
    byTable.set(key, entry);
  }
  return byTable;
}
