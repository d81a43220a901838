import type { RoutineDef, RoutineKind } from '@schema-studio/schema';
import type { AggregateParts, FunctionRow } from './functions.sql.ts';
import { opt } from './optional.ts';

const ROUTINE_KINDS: Record<string, RoutineKind> = {
  f: 'function',
  p: 'procedure',
  a: 'aggregate',
  w: 'window',
};

export function toRoutine(row: FunctionRow): RoutineDef {
  const kind = ROUTINE_KINDS[row.kind] ?? 'function';
  return {
    schema: row.schema,
    name: row.name,
    kind,
    args: row.args,
    // pg_get_function_result is NULL for procedures.
    ...opt('returns', row.returns),
    language: row.language,
    definition: row.aggregate ? aggregateDefinition(row, row.aggregate) : (row.definition ?? ''),
    ...opt('comment', row.comment),
  };
}

/** SQL string literal. */
function literal(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

const MODIFY: Record<string, string> = { r: 'READ_ONLY', s: 'SHAREABLE', w: 'READ_WRITE' };
const PARALLEL: Record<string, string> = { s: 'SAFE', r: 'RESTRICTED', u: 'UNSAFE' };

/**
 * pg_get_functiondef refuses aggregates, so their `CREATE OR REPLACE AGGREGATE` is assembled from pg_aggregate,
 * in the shape of pg_get_functiondef's output (one option per line). Options at their default are left out:
 * FINALFUNC_MODIFY defaults to READ_ONLY for normal aggregates and READ_WRITE for ordered-set ones.
 */
export function aggregateDefinition(row: FunctionRow, agg: AggregateParts): string {
  const defaultModify = agg.kind === 'n' ? 'r' : 'w';
  const options: [string, string | null | undefined][] = [
    ['SFUNC', agg.sfunc],
    ['STYPE', agg.stype],
    ['SSPACE', agg.sspace > 0 ? String(agg.sspace) : null],
    ['FINALFUNC', agg.finalfunc],
    ['FINALFUNC_EXTRA', agg.finalfunc_extra ? '' : null],
    ['FINALFUNC_MODIFY', agg.finalfunc_modify !== defaultModify ? MODIFY[agg.finalfunc_modify] : null],
    ['COMBINEFUNC', agg.combinefunc],
    ['SERIALFUNC', agg.serialfunc],
    ['DESERIALFUNC', agg.deserialfunc],
    ['INITCOND', agg.initcond === null ? null : literal(agg.initcond)],
    ['MSFUNC', agg.msfunc],
    ['MINVFUNC', agg.minvfunc],
    ['MSTYPE', agg.mstype],
    ['MSSPACE', agg.msspace > 0 ? String(agg.msspace) : null],
    ['MFINALFUNC', agg.mfinalfunc],
    ['MFINALFUNC_EXTRA', agg.mfinalfunc_extra ? '' : null],
    [
      'MFINALFUNC_MODIFY',
      agg.mfinalfunc && agg.mfinalfunc_modify !== defaultModify ? MODIFY[agg.mfinalfunc_modify] : null,
    ],
    ['MINITCOND', agg.minitcond === null ? null : literal(agg.minitcond)],
    ['SORTOP', agg.sortop],
    ['PARALLEL', agg.parallel !== 'u' ? PARALLEL[agg.parallel] : null],
    ['HYPOTHETICAL', agg.kind === 'h' ? '' : null],
  ];
  const lines = options
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
    .map(([name, value]) => (value === '' ? `    ${name}` : `    ${name} = ${value}`));
  const args = row.args === '' ? '*' : row.args;
  return `CREATE OR REPLACE AGGREGATE ${row.qualified_name}(${args}) (\n${lines.join(',\n')}\n)\n`;
}
