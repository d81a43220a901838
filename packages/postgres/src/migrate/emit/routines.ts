import type { RoutineDef } from '@schema-studio/schema';
import { qualify } from '../quote.ts';
import { bareStatement, type EmitterMap, hazard, statement } from '../statement.ts';

type Kinds = 'function.create' | 'function.drop' | 'function.replace';

/** `FUNCTION`, `PROCEDURE` or `AGGREGATE`: the word DROP and COMMENT need (window functions are functions). */
export function routineWord(kind: RoutineDef['kind']): string {
  return kind === 'procedure' ? 'PROCEDURE' : kind === 'aggregate' ? 'AGGREGATE' : 'FUNCTION';
}

export const routineEmitters: EmitterMap<Kinds> = {
  'function.create': ({ routine }) => [statement(bareStatement(routine.definition))],
  'function.replace': ({ to }) => [statement(bareStatement(to.definition))],
  'function.drop': ({ routine: r, recreated }) => [
    statement(
      `DROP ${routineWord(r.kind)} ${qualify(r.schema, r.name)}(${r.args})`,
      recreated ? [] : [hazard('BREAKS_DEPENDENTS', `drops ${r.kind} "${r.schema}.${r.name}(${r.args})"`)],
    ),
  ],
};
