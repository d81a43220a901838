import { commentJoin, notExtensionMember, userSchema } from './fragments.sql.ts';

export interface TriggerRow {
  readonly schema: string;
  /** The table or view. */
  readonly relation: string;
  readonly name: string;
  readonly definition: string;
  /** `O` origin, `D` disabled, `R` replica, `A` always. */
  readonly enabled: string;
  readonly comment: string | null;
}

/**
 * User triggers of tables and views. Internal triggers (those implementing FKs) are the constraint's; clones
 * of a partitioned table's trigger on its partitions (`tgparentid`, PG 13+) are the parent's.
 */
export const triggersQuery = `
SELECT n.nspname::text AS schema, c.relname::text AS relation, t.tgname::text AS name,
  pg_catalog.pg_get_triggerdef(t.oid, false) AS definition,
  t.tgenabled::text AS enabled,
  d.description AS comment
FROM pg_catalog.pg_trigger t
-- the table or view the trigger is on, and its schema
JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
-- COMMENT ON TRIGGER
${commentJoin('d', 'pg_trigger', 't.oid')}
WHERE NOT t.tgisinternal AND t.tgparentid = 0
  AND ${userSchema('n')}
  AND ${notExtensionMember('pg_class', 'c.oid')}`;
