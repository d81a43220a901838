import { notExtensionMember, userSchema } from '../introspect/fragments.sql.ts';

export interface SequenceStatsRow {
  readonly schema: string;
  readonly name: string;
  readonly identity: boolean;
  readonly last_value: string | null;
  readonly min_value: string;
  readonly max_value: string;
  readonly increment: string;
  readonly cycle: boolean;
  readonly owned_schema: string | null;
  readonly owned_table: string | null;
  readonly owned_column: string | null;
}

/**
 * Every sequence, identity ones included: a running-out identity column is the case that matters most, even
 * though the model keeps identity sequences on their column. The last value is read as pg_sequences reads it
 * (NULL before the first nextval, and NULL without the privilege to see it).
 */
export const sequenceStatsQuery = `
SELECT n.nspname::text AS schema, c.relname::text AS name,
  own.deptype IS NOT DISTINCT FROM 'i' AS identity,
  CASE WHEN pg_catalog.has_sequence_privilege(c.oid, 'SELECT,USAGE')
    THEN pg_catalog.pg_sequence_last_value(c.oid)::text END AS last_value,
  s.seqmin::text AS min_value, s.seqmax::text AS max_value, s.seqincrement::text AS increment,
  s.seqcycle AS cycle,
  own_n.nspname::text AS owned_schema, own_c.relname::text AS owned_table, own_a.attname::text AS owned_column
FROM pg_catalog.pg_class c
-- the sequence's schema and parameters
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_sequence s ON s.seqrelid = c.oid
-- the column it feeds: OWNED BY is an automatic ('a') dependency, an identity an internal ('i') one
LEFT JOIN pg_catalog.pg_depend own
  ON own.classid = 'pg_catalog.pg_class'::regclass AND own.objid = c.oid
  AND own.refclassid = 'pg_catalog.pg_class'::regclass AND own.refobjsubid > 0 AND own.deptype IN ('a', 'i')
-- the owning table, its schema and column, by name
LEFT JOIN pg_catalog.pg_class own_c ON own_c.oid = own.refobjid
LEFT JOIN pg_catalog.pg_namespace own_n ON own_n.oid = own_c.relnamespace
LEFT JOIN pg_catalog.pg_attribute own_a ON own_a.attrelid = own.refobjid AND own_a.attnum = own.refobjsubid
WHERE c.relkind = 'S'
  AND ${userSchema('n')}
  AND ${notExtensionMember('pg_class', 'c.oid')}
ORDER BY n.nspname COLLATE "C", c.relname COLLATE "C"`;
