/** A timestamptz as ISO 8601 UTC text, so every driver (pg, PGlite) hands back the same string. */
export function isoUtc(expr: string): string {
  return `pg_catalog.to_char(${expr} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}

export interface ServerRow {
  readonly collected_at: string;
  readonly stats_reset_at: string | null;
  readonly version: number;
  readonly track_counts: boolean;
}

/**
 * The server's clock, the version (PostgreSQL 16 added `last_idx_scan`), whether usage is counted at all
 * (`track_counts = off` leaves every counter at zero, which would read as "never used"), and since when this
 * database's counters run.
 */
export const serverQuery = `
SELECT ${isoUtc('pg_catalog.now()')} AS collected_at,
  (SELECT ${isoUtc('d.stats_reset')}
    -- one row per database; the counters the other views report are this database's
    FROM pg_catalog.pg_stat_database d WHERE d.datname = pg_catalog.current_database()) AS stats_reset_at,
  pg_catalog.current_setting('server_version_num')::int AS version,
  pg_catalog.current_setting('track_counts')::bool AS track_counts`;
