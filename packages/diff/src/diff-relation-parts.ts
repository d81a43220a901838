/** Indexes, triggers and policies: the parts tables (and, for the first two, views) carry. */
import type { IndexDef, PolicyDef, TriggerDef } from '@schema-studio/schema';
import type { Change, RelationRef } from './changes.ts';
import { commentChange } from './comments.ts';
import { sameIgnoring } from './equality.ts';
import type { Pairing } from './pairing.ts';

const indexComment = (on: RelationRef, index: IndexDef, from: string | undefined) =>
  commentChange({ type: 'index', schema: on.schema, name: index.name }, from, index.comment);

export function createIndexes(on: RelationRef, indexes: readonly IndexDef[]): Change[] {
  return indexes.flatMap((index): Change[] => [
    { kind: 'index.create', ...on, index },
    ...indexComment(on, index, undefined),
  ]);
}

export function diffIndexes(fromRef: RelationRef, toRef: RelationRef, pairing: Pairing<IndexDef>): Change[] {
  return [
    ...pairing.dropped.map((index): Change => ({ kind: 'index.drop', ...fromRef, index })),
    ...pairing.renamed.map(
      ([a, b]): Change => ({ kind: 'index.rename', schema: toRef.schema, from: a.name, to: b.name }),
    ),
    ...createIndexes(toRef, pairing.added),
    ...pairing.matched.flatMap(([a, b]) => indexComment(toRef, b, a.comment)),
  ];
}

const triggerComment = (on: RelationRef, trigger: TriggerDef, from: string | undefined) =>
  commentChange(
    { type: 'trigger', schema: on.schema, table: on.table, name: trigger.name },
    from,
    trigger.comment,
  );

function setEnabled(on: RelationRef, trigger: TriggerDef): Change {
  return {
    kind: 'trigger.setEnabled',
    ...on,
    name: trigger.name,
    ...(trigger.enabled ? { enabled: trigger.enabled } : {}),
  };
}

export function createTriggers(on: RelationRef, triggers: readonly TriggerDef[]): Change[] {
  return triggers.flatMap((trigger): Change[] => [
    { kind: 'trigger.create', ...on, trigger },
    ...(trigger.enabled ? [setEnabled(on, trigger)] : []),
    ...triggerComment(on, trigger, undefined),
  ]);
}

export function diffTriggers(
  fromRef: RelationRef,
  toRef: RelationRef,
  pairing: Pairing<TriggerDef>,
): Change[] {
  return [
    ...pairing.dropped.map((trigger): Change => ({ kind: 'trigger.drop', ...fromRef, trigger })),
    ...createTriggers(toRef, pairing.added),
    ...pairing.matched.flatMap(([a, b]): Change[] => [
      ...(a.enabled === b.enabled ? [] : [setEnabled(toRef, b)]),
      ...triggerComment(toRef, b, a.comment),
    ]),
  ];
}

const policyComment = (on: RelationRef, policy: PolicyDef, from: string | undefined) =>
  commentChange(
    { type: 'policy', schema: on.schema, table: on.table, name: policy.name },
    from,
    policy.comment,
  );

export function createPolicies(on: RelationRef, policies: readonly PolicyDef[]): Change[] {
  return policies.flatMap((policy): Change[] => [
    { kind: 'policy.create', ...on, policy },
    ...policyComment(on, policy, undefined),
  ]);
}

export function diffPolicies(
  fromRef: RelationRef,
  toRef: RelationRef,
  pairing: Pairing<PolicyDef>,
): Change[] {
  return [
    ...pairing.dropped.map((policy): Change => ({ kind: 'policy.drop', ...fromRef, policy })),
    ...createPolicies(toRef, pairing.added),
    ...pairing.matched.flatMap(([a, b]): Change[] => [
      ...(sameIgnoring(a, b, ['comment'])
        ? []
        : [{ kind: 'policy.alter' as const, ...toRef, from: a, to: b }]),
      ...policyComment(toRef, b, a.comment),
    ]),
  ];
}
