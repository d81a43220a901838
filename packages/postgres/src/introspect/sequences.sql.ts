import { commentJoin, notExtensionMember, userSchema } from './fragments.sql.ts';

export interface SequenceRow {
  readonly schema: string;
  readonly name: string;
  readonly type: string;
  readonly start: string;
  readonly increment: string;
  readonly min: string;
  readonly max: string;
  readonly cache: string;
  readonly cycle: boolean;
  readonly unlogged: boolean;
  readonly owned_schema: string | null;
  readonly owned_table: string | null;
  readonly owned_column: string | null;
  readonly comment: string | null;
}

/** Stand-alone sequences (serial ones included); identity sequences belong to their column instead. */
export const sequencesQuery = `
SELECT n.nspname::text AS schema, c.relname::text AS name,
  pg_catalog.format_type(s.seqtypid, NULL) AS type,
  s.seqstart::text AS start, s.seqincrement::text AS increment, s.seqmin::text AS min, s.seqmax::text AS max,
  s.seqcache::text AS cache, s.seqcycle AS cycle,
  c.relpersistence = 'u' AS unlogged,
  own_n.nspname::text AS owned_schema, own_c.relname::text AS owned_table, own_a.attname::text AS owned_column,
  d.description AS comment
FROM pg_catalog.pg_class c
-- the sequence's schema
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
-- the sequence parameters
JOIN pg_catalog.pg_sequence s ON s.seqrelid = c.oid
-- OWNED BY is an automatic dependency of the sequence on a table column
LEFT JOIN pg_catalog.pg_depend own
  ON own.classid = 'pg_catalog.pg_class'::regclass AND own.objid = c.oid
  AND own.refclassid = 'pg_catalog.pg_class'::regclass AND own.refobjsubid > 0 AND own.deptype = 'a'
-- the owning table, its schema and column, by name
LEFT JOIN pg_catalog.pg_class own_c ON own_c.oid = own.refobjid
LEFT JOIN pg_catalog.pg_namespace own_n ON own_n.oid = own_c.relnamespace
LEFT JOIN pg_catalog.pg_attribute own_a ON own_a.attrelid = own.refobjid AND own_a.attnum = own.refobjsubid
-- COMMENT ON SEQUENCE
${commentJoin('d', 'pg_class', 'c.oid')}
WHERE c.relkind = 'S'
  AND ${userSchema('n')}
  AND ${notExtensionMember('pg_class', 'c.oid')}
  -- an identity sequence depends internally ('i') on its column
  AND NOT EXISTS (
    SELECT FROM pg_catalog.pg_depend idn
    WHERE idn.classid = 'pg_catalog.pg_class'::regclass AND idn.objid = c.oid AND idn.deptype = 'i')`;
