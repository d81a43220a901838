import { commentJoin, notExtensionMember, userSchema } from './fragments.sql.ts';

export interface FunctionRow {
  readonly schema: string;
  readonly name: string;
  /** `schema.name`, each part quoted as needed: what a CREATE AGGREGATE names. */
  readonly qualified_name: string;
  /** `f` function, `p` procedure, `a` aggregate, `w` window. */
  readonly kind: string;
  readonly args: string;
  readonly returns: string | null;
  readonly language: string;
  /** `pg_get_functiondef`; NULL for aggregates, which it refuses. */
  readonly definition: string | null;
  /** The aggregate's parts (NULL unless `kind` is `a`), rendered into a CREATE AGGREGATE by the mapper. */
  readonly aggregate: AggregateParts | null;
  readonly comment: string | null;
}

/** CREATE AGGREGATE options as the catalog holds them; absent (NULL) when unset. */
export interface AggregateParts {
  readonly kind: string;
  readonly sfunc: string;
  readonly stype: string;
  readonly sspace: number;
  readonly finalfunc: string | null;
  readonly finalfunc_extra: boolean;
  readonly finalfunc_modify: string;
  readonly combinefunc: string | null;
  readonly serialfunc: string | null;
  readonly deserialfunc: string | null;
  readonly initcond: string | null;
  readonly msfunc: string | null;
  readonly minvfunc: string | null;
  readonly mstype: string | null;
  readonly msspace: number;
  readonly mfinalfunc: string | null;
  readonly mfinalfunc_extra: boolean;
  readonly mfinalfunc_modify: string;
  readonly minitcond: string | null;
  readonly sortop: string | null;
  readonly parallel: string;
}

/** regproc of a support function, NULL when unset (oid 0). Qualified unless in pg_catalog. */
function proc(column: string): string {
  return `CASE WHEN ${column} <> 0 THEN ${column}::regproc::text END`;
}

export const functionsQuery = `
SELECT n.nspname::text AS schema, p.proname::text AS name,
  pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(p.proname) AS qualified_name,
  p.prokind::text AS kind,
  pg_catalog.pg_get_function_identity_arguments(p.oid) AS args,
  pg_catalog.pg_get_function_result(p.oid) AS returns,
  l.lanname::text AS language,
  CASE WHEN p.prokind <> 'a' THEN pg_catalog.pg_get_functiondef(p.oid) END AS definition,
  CASE WHEN a.aggfnoid IS NOT NULL THEN pg_catalog.json_build_object(
    'kind', a.aggkind::text,
    'sfunc', a.aggtransfn::text,
    'stype', pg_catalog.format_type(a.aggtranstype, NULL),
    'sspace', a.aggtransspace,
    'finalfunc', ${proc('a.aggfinalfn')},
    'finalfunc_extra', a.aggfinalextra,
    'finalfunc_modify', a.aggfinalmodify::text,
    'combinefunc', ${proc('a.aggcombinefn')},
    'serialfunc', ${proc('a.aggserialfn')},
    'deserialfunc', ${proc('a.aggdeserialfn')},
    'initcond', a.agginitval,
    'msfunc', ${proc('a.aggmtransfn')},
    'minvfunc', ${proc('a.aggminvtransfn')},
    'mstype', CASE WHEN a.aggmtranstype <> 0 THEN pg_catalog.format_type(a.aggmtranstype, NULL) END,
    'msspace', a.aggmtransspace,
    'mfinalfunc', ${proc('a.aggmfinalfn')},
    'mfinalfunc_extra', a.aggmfinalextra,
    'mfinalfunc_modify', a.aggmfinalmodify::text,
    'minitcond', a.aggminitval,
    'sortop', (SELECT 'OPERATOR(' || pg_catalog.quote_ident(son.nspname) || '.' || so.oprname || ')'
               FROM pg_catalog.pg_operator so
               JOIN pg_catalog.pg_namespace son ON son.oid = so.oprnamespace -- to qualify the operator
               WHERE so.oid = a.aggsortop),
    'parallel', p.proparallel::text) END AS aggregate,
  d.description AS comment
FROM pg_catalog.pg_proc p
-- the routine's schema
JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
-- the language name
JOIN pg_catalog.pg_language l ON l.oid = p.prolang
-- an aggregate's transition functions and state, which pg_get_functiondef does not render
LEFT JOIN pg_catalog.pg_aggregate a ON a.aggfnoid = p.oid
-- COMMENT ON FUNCTION / PROCEDURE / AGGREGATE
${commentJoin('d', 'pg_proc', 'p.oid')}
WHERE ${userSchema('n')}
  AND ${notExtensionMember('pg_proc', 'p.oid')}
  -- routines made along with another object (a range type's constructors) come and go with it
  AND NOT EXISTS (
    SELECT FROM pg_catalog.pg_depend own
    WHERE own.classid = 'pg_catalog.pg_proc'::regclass AND own.objid = p.oid AND own.deptype = 'i')`;
