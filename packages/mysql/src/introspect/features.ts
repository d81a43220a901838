/**
 * What the server's catalog offers, chosen once from `SELECT VERSION()`: MySQL 8 and MariaDB differ in
 * information_schema columns and in how they report defaults.
 */
export interface ServerFeatures {
  readonly mariadb: boolean;
  /** MariaDB 10.2.7+ reports defaults as SQL (`'abc'`, `NULL`, `current_timestamp()`); MySQL as raw values. */
  readonly quotedDefaults: boolean;
  /** information_schema.CHECK_CONSTRAINTS exists (MySQL 8.0.16+, MariaDB 10.2.22+). */
  readonly checkConstraints: boolean;
  /** CHECK_CONSTRAINTS has TABLE_NAME (MariaDB); MySQL 8 needs TABLE_CONSTRAINTS for the table. */
  readonly checkTableName: boolean;
  /** CHECK_CONSTRAINTS.LEVEL, `Column` or `Table` (MariaDB 10.5.10+). */
  readonly checkLevel: boolean;
  /** STATISTICS.EXPRESSION, for functional key parts (MySQL 8.0.13+; MariaDB has none). */
  readonly indexExpressions: boolean;
  /** VIEWS.ALGORITHM (MariaDB only). */
  readonly viewAlgorithm: boolean;
}

export interface ServerVersion {
  readonly mariadb: boolean;
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
}

/** Parses `8.0.36`, `10.11.19-MariaDB-0+deb12u1` or the old replication prefix `5.5.5-10.4.1-MariaDB`. */
export function parseVersion(version: string): ServerVersion {
  const mariadb = /mariadb/i.test(version);
  const cleaned = version.replace(/^5\.5\.5-/, '');
  const [major = 0, minor = 0, patch = 0] = (cleaned.match(/^(\d+)\.(\d+)\.(\d+)/)?.slice(1) ?? []).map(
    Number,
  );
  return { mariadb, major, minor, patch };
}

function atLeast(v: ServerVersion, major: number, minor: number, patch: number): boolean {
  return v.major !== major ? v.major > major : v.minor !== minor ? v.minor > minor : v.patch >= patch;
}

export function serverFeatures(version: string): ServerFeatures {
  const v = parseVersion(version);
  if (v.mariadb) {
    return {
      mariadb: true,
      quotedDefaults: atLeast(v, 10, 2, 7),
      checkConstraints: atLeast(v, 10, 2, 22),
      checkTableName: true,
      checkLevel: atLeast(v, 10, 5, 10),
      indexExpressions: false,
      viewAlgorithm: true,
    };
  }
  return {
    mariadb: false,
    quotedDefaults: false,
    checkConstraints: atLeast(v, 8, 0, 16),
    checkTableName: false,
    checkLevel: false,
    indexExpressions: atLeast(v, 8, 0, 13),
    viewAlgorithm: false,
  };
}
