/**
 * Catalog columns that exist only from some PostgreSQL major version on. The server version is read once and
 * the queries are built for it, so one code path serves PostgreSQL 13+ (and PGlite, which is PostgreSQL 18).
 */
export interface CatalogFeatures {
  /** `server_version_num`, e.g. 150020. */
  readonly version: number;
  /** `pg_index.indnullsnotdistinct` (PG 15+). */
  readonly nullsNotDistinct: boolean;
  /** `pg_range.rngmultitypid` (PG 14+). */
  readonly multiranges: boolean;
  /** Column holding an ICU/builtin collation's locale: `colllocale` (PG 17+), `colliculocale` (PG 15-16). */
  readonly collationLocaleColumn: 'colllocale' | 'colliculocale' | undefined;
  /** `pg_collation.collicurules` (PG 16+). */
  readonly icuRules: boolean;
}

export function catalogFeatures(version: number): CatalogFeatures {
  return {
    version,
    nullsNotDistinct: version >= 150000,
    multiranges: version >= 140000,
    collationLocaleColumn: version >= 170000 ? 'colllocale' : version >= 150000 ? 'colliculocale' : undefined,
    icuRules: version >= 160000,
  };
}
