import { type ServerFeatures, serverFeatures } from '../introspect/features.ts';
import type { QueryFn } from '../query.ts';
import { textOf } from './values.ts';

export interface StatsSession {
  readonly features: ServerFeatures;
  /** The server's clock, ISO 8601 UTC. */
  readonly collectedAt: string;
  /** Puts back what `openStatsSession` changed. */
  restore(): Promise<void>;
}

/** `UTC_TIMESTAMP(3)` as `2026-01-01T00:00:00.000Z` (`%f` prints six digits; three are kept). */
const serverQuery = `
SELECT VERSION() AS version,
  CONCAT(LEFT(DATE_FORMAT(UTC_TIMESTAMP(3), '%Y-%m-%dT%H:%i:%s.%f'), 23), 'Z') AS collected_at`;

/**
 * Reads the version and the clock. MySQL 8 caches information_schema.TABLES figures (rows, sizes,
 * AUTO_INCREMENT) for `information_schema_stats_expiry` seconds, a day by default; the session reads them
 * fresh and the setting is restored afterwards. MariaDB has no such cache.
 */
export async function openStatsSession(query: QueryFn): Promise<StatsSession> {
  const [row] = await query(serverQuery);
  if (!row) throw new Error('the server returned no row for its version and clock');
  const features = serverFeatures(textOf(row.version));
  const collectedAt = textOf(row.collected_at);
  if (features.mariadb) return { features, collectedAt, restore: async () => undefined };
  const [expiry] = await query('SELECT @@SESSION.information_schema_stats_expiry AS expiry');
  await query('SET @@SESSION.information_schema_stats_expiry = 0');
  return {
    features,
    collectedAt,
    restore: async () => {
      await query('SET @@SESSION.information_schema_stats_expiry = ?', [expiry?.expiry ?? 86400]);
    },
  };
}
