import { type RoutineDef, routineKey } from '@schema-studio/schema';
import type { Change } from './changes.ts';
import { commentChange } from './comments.ts';
import type { DiffContext } from './context.ts';
import { type Pairing, pairObjects, splitRecreated } from './pairing.ts';
import { routineSignature } from './routine-signature.ts';

export const routineKeyOf = (r: RoutineDef) => routineKey(r.schema, r.name, r.args);

/**
 * Routines pair by signature (name and argument types). CREATE OR REPLACE cannot change the result type,
 * the kind or a parameter's name, and aggregates have no OR REPLACE form worth relying on: those are dropped
 * and created.
 */
export function pairRoutines({ from, to }: DiffContext): Pairing<RoutineDef> {
  return splitRecreated(
    pairObjects(from.functions, to.functions, routineSignature),
    (a, b) =>
      a.kind !== b.kind ||
      a.returns !== b.returns ||
      a.args !== b.args ||
      (a.kind === 'aggregate' && a.definition !== b.definition),
  );
}

/** Signatures of routines the plan drops and creates again (they must be dropped early). */
export function recreatedRoutines(pairing: Pairing<RoutineDef>): Set<string> {
  const added = new Set(pairing.added.map(routineSignature));
  return new Set(pairing.dropped.map(routineSignature).filter((key) => added.has(key)));
}

export function diffRoutines(context: DiffContext): Change[] {
  const pairing = pairRoutines(context);
  const recreated = recreatedRoutines(pairing);
  const target = (r: RoutineDef) => ({
    type: 'routine' as const,
    schema: r.schema,
    name: r.name,
    args: r.args,
    routineKind: r.kind,
  });
  return [
    ...pairing.dropped.map(
      (routine): Change => ({
        kind: 'function.drop',
        routine,
        recreated: recreated.has(routineSignature(routine)),
      }),
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
