import type { CatalogFeatures } from './features.ts';
import { commentJoin, notExtensionMember, userSchema } from './fragments.sql.ts';

export interface CollationRow {
  readonly schema: string;
  readonly name: string;
  /** `c` libc, `i` icu, `b` builtin, `d` default. */
  readonly provider: string;
  readonly locale: string | null;
  readonly lc_collate: string | null;
  readonly lc_ctype: string | null;
  readonly deterministic: boolean;
  readonly rules: string | null;
  readonly comment: string | null;
}

export function collationsQuery(features: CatalogFeatures): string {
  const locale = features.collationLocaleColumn ? `c.${features.collationLocaleColumn}` : 'NULL::text';
  const rules = features.icuRules ? 'c.collicurules' : 'NULL::text';
  return `
SELECT n.nspname::text AS schema, c.collname::text AS name, c.collprovider::text AS provider,
  ${locale} AS locale, c.collcollate AS lc_collate, c.collctype AS lc_ctype,
  c.collisdeterministic AS deterministic, ${rules} AS rules, d.description AS comment
FROM pg_catalog.pg_collation c
-- the collation's schema
JOIN pg_catalog.pg_namespace n ON n.oid = c.collnamespace
-- COMMENT ON COLLATION
${commentJoin('d', 'pg_collation', 'c.oid')}
WHERE ${userSchema('n')}
  AND ${notExtensionMember('pg_collation', 'c.oid')}`;
}
