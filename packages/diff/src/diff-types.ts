import {
  type CheckDef,
  type CompositeTypeDef,
  type DomainDef,
  qualifiedKey,
  type RangeTypeDef,
} from '@schema-studio/schema';
import type { Change, ObjectRef } from './changes.ts';
import { commentChange } from './comments.ts';
import type { DiffContext } from './context.ts';
import { pairRoutines } from './diff-routines.ts';
import { sameIgnoring, sameList } from './equality.ts';
import { type Pairing, pairObjects, splitRecreated } from './pairing.ts';
import { mentionsObject } from './type-refs.ts';

type Named = { readonly schema: string; readonly name: string };
const keyOf = (item: Named) => qualifiedKey(item.schema, item.name);
const refOf = (item: Named): ObjectRef => ({ schema: item.schema, name: item.name });

function addedKeys<T extends Named>(pairing: Pairing<T>): Set<string> {
  return new Set(pairing.added.map(keyOf));
}

export function diffDomains(context: DiffContext): Change[] {
  const { from, to } = context;
  const pairing = splitRecreated(
    pairObjects(from.domains, to.domains, keyOf),
    (a, b) => a.type !== b.type || a.collation !== b.collation,
  );
  const recreated = addedKeys(pairing);
  const droppedRoutines = pairRoutines(context).dropped;
  return [
    ...pairing.dropped.flatMap((domain): Change[] => [
      ...releaseRoutines(domain, droppedRoutines),
      { kind: 'domain.drop', domain, recreated: recreated.has(keyOf(domain)) },
    ]),
    ...pairing.added.flatMap((domain): Change[] => [
      ...createDomain(domain, to.functions),
      ...domainComments(undefined, domain, []),
    ]),
    ...pairing.matched.flatMap(([a, b]) => {
      const checks = pairChecks(a, b, droppedRoutines);
      return [...alterDomain(a, b, checks), ...domainComments(a, b, checks.added)];
    }),
  ];
}

type Routine = { readonly schema: string; readonly name: string };
const callsAny = (check: CheckDef, routines: readonly Routine[]) =>
  routines.some((r) => mentionsObject(check.expression, r.schema, r.name));

/**
 * CREATE DOMAIN declares only the checks it can: a NOT VALID check can only be added by ALTER DOMAIN, and a
 * check calling a routine is added separately so that it can follow the routine's creation.
 */
function createDomain(domain: DomainDef, routines: readonly Routine[]): Change[] {
  const inline = (c: CheckDef) => !c.notValid && !callsAny(c, routines);
  return [
    { kind: 'domain.create', domain: { ...domain, checks: domain.checks.filter(inline) } },
    ...domain.checks
      .filter((c) => !inline(c))
      .map((check): Change => ({ kind: 'domain.addCheck', domain: refOf(domain), check })),
  ];
}

/** Checks calling routines the plan drops go first, so that those routines can be dropped before the domain. */
function releaseRoutines(domain: DomainDef, dropped: readonly Routine[]): Change[] {
  return domain.checks
    .filter((c) => callsAny(c, dropped))
    .map((check): Change => ({ kind: 'domain.dropCheck', domain: refOf(domain), check }));
}

/** Changed checks, and checks calling a routine that is dropped (and maybe created again), are recreated. */
function pairChecks(a: DomainDef, b: DomainDef, droppedRoutines: readonly Routine[]): Pairing<CheckDef> {
  return splitRecreated(
    pairObjects(a.checks, b.checks, (c) => c.name),
    (x, y) => !sameIgnoring(x, y, ['comment']) || callsAny(x, droppedRoutines),
  );
}

function alterDomain(a: DomainDef, b: DomainDef, checks: Pairing<CheckDef>): Change[] {
  const domain = refOf(b);
  return [
    ...checks.dropped.map((check): Change => ({ kind: 'domain.dropCheck', domain, check })),
    ...(a.default === b.default
      ? []
      : [
          {
            kind: 'domain.setDefault' as const,
            domain,
            ...(b.default === undefined ? {} : { default: b.default }),
          },
        ]),
    ...(a.notNull === b.notNull ? [] : [{ kind: 'domain.setNotNull' as const, domain, notNull: b.notNull }]),
    ...checks.added.map((check): Change => ({ kind: 'domain.addCheck', domain, check })),
  ];
}

function domainComments(a: DomainDef | undefined, b: DomainDef, addedChecks: readonly CheckDef[]): Change[] {
  const fromChecks = new Map((a?.checks ?? []).map((c) => [c.name, c] as const));
  const checkComment = (c: CheckDef) => {
    // A recreated check loses its comment, so its comment is set again.
    const before = fromChecks.get(c.name);
    const kept = before !== undefined && !addedChecks.includes(c);
    const target = { type: 'domainConstraint' as const, schema: b.schema, domain: b.name, name: c.name };
    return commentChange(target, kept ? before.comment : undefined, c.comment);
  };
  return [
    ...commentChange({ type: 'domain', schema: b.schema, name: b.name }, a?.comment, b.comment),
    ...b.checks.flatMap(checkComment),
  ];
}

export function diffComposites({ from, to }: DiffContext): Change[] {
  const pairing = splitRecreated(pairObjects(from.compositeTypes, to.compositeTypes, keyOf), needsRecreate);
  const recreated = addedKeys(pairing);
  const target = (c: CompositeTypeDef) => ({ type: 'type' as const, schema: c.schema, name: c.name });
  return [
    ...pairing.dropped.map(
      (composite): Change => ({
        kind: 'composite.drop',
        composite,
        recreated: recreated.has(keyOf(composite)),
      }),
    ),
    ...pairing.added.flatMap((composite): Change[] => [
      { kind: 'composite.create', composite },
      ...commentChange(target(composite), undefined, composite.comment),
    ]),
    ...pairing.matched.flatMap(([a, b]) => [
      ...alterComposite(a, b),
      ...commentChange(target(b), a.comment, b.comment),
    ]),
  ];
}

/** ADD ATTRIBUTE appends: when the wanted order is not "kept attributes, then new ones", recreate the type. */
function needsRecreate(a: CompositeTypeDef, b: CompositeTypeDef): boolean {
  const fromNames = new Set(a.attributes.map((x) => x.name));
  const kept = a.attributes.filter((x) => b.attributes.some((y) => y.name === x.name)).map((x) => x.name);
  const added = b.attributes.filter((y) => !fromNames.has(y.name)).map((y) => y.name);
  return !sameList(
    [...kept, ...added],
    b.attributes.map((y) => y.name),
  );
}

function alterComposite(a: CompositeTypeDef, b: CompositeTypeDef): Change[] {
  const composite = refOf(b);
  const attributes = pairObjects(a.attributes, b.attributes, (x) => x.name);
  return [
    ...attributes.dropped.map(
      (attribute): Change => ({ kind: 'composite.dropAttribute', composite, attribute }),
    ),
    ...attributes.matched
      .filter(([x, y]) => !sameIgnoring(x, y))
      .map(([, attribute]): Change => ({ kind: 'composite.alterAttribute', composite, attribute })),
    ...attributes.added.map(
      (attribute): Change => ({ kind: 'composite.addAttribute', composite, attribute }),
    ),
  ];
}

export function diffRanges({ from, to }: DiffContext): Change[] {
  const pairing = splitRecreated(
    pairObjects(from.rangeTypes, to.rangeTypes, keyOf),
    (a, b) => !sameIgnoring(a, b, ['comment']),
  );
  const recreated = addedKeys(pairing);
  const target = (r: RangeTypeDef) => ({ type: 'type' as const, schema: r.schema, name: r.name });
  return [
    ...pairing.dropped.map(
      (range): Change => ({ kind: 'range.drop', range, recreated: recreated.has(keyOf(range)) }),
    ),
    ...pairing.added.flatMap((range): Change[] => [
      { kind: 'range.create', range },
      ...commentChange(target(range), undefined, range.comment),
    ]),
    ...pairing.matched.flatMap(([a, b]) => commentChange(target(b), a.comment, b.comment)),
  ];
}
