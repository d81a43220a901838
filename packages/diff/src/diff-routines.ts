import { type RoutineDef, routineKey } from '@schema-studio/schema';
import type { Change } from './changes.ts';
import { commentChange } from './comments.ts';
import type { DiffContext } from './context.ts';
import { type Pairing, pairObjects, splitRecreated } from './pairing.ts';

export const routineKeyOf = (r: RoutineDef) => routineKey(r.schema, r.name, r.args);

/**
 * Routines pair by signature. CREATE OR REPLACE cannot change the result type or the kind, and aggregates
 * have no OR REPLACE form worth relying on: those are dropped and created.
 */
export function pairRoutines({ from, to }: DiffContext): Pairing<RoutineDef> {
  return splitRecreated(
    pairObjects(from.functions, to.functions, routineKeyOf),
    (a, b) =>
      a.kind !== b.kind ||
      a.returns !== b.returns ||
      (a.kind === 'aggregate' && a.definition !== b.definition),
  );
}

export function diffRoutines(context: DiffContext): Change[] {
  const pairing = pairRoutines(context);
  const added = new Set(pairing.added.map(routineKeyOf));
  const target = (r: RoutineDef) => ({
    type: 'routine' as const,
    schema: r.schema,
    name: r.name,
    args: r.args,
    routineKind: r.kind,
  });
  return [
    ...pairing.dropped.map(
      (routine): Change => ({ kind: 'function.drop', routine, recreated: added.has(routineKeyOf(routine)) }),
    ),
    ...pairing.added.flatMap((routine): Change[] => [
      { kind: 'function.create', routine },
      ...commentChange(target(routine), undefined, routine.comment),
    ]),
    ...pairing.matched.flatMap(([a, b]): Change[] => [
      ...(a.definition === b.definition ? [] : [{ kind: 'function.replace' as const, from: a, to: b }]),
      ...commentChange(target(b), a.comment, b.comment),
    ]),
  ];
}
