import { qualifiedKey, type SchemaModel, type SequenceDef } from '@schema-studio/schema';
import type { Change, RelationRef } from './changes.ts';
import { commentChange } from './comments.ts';
import { type DiffContext, renamedTop } from './context.ts';
import { sameIgnoring } from './equality.ts';
import { pairObjects } from './pairing.ts';

const keyOf = (s: SequenceDef) => qualifiedKey(s.schema, s.name);
const target = (s: SequenceDef) => ({ type: 'sequence' as const, schema: s.schema, name: s.name });
type Owner = RelationRef & { readonly column: string };

export function diffSequences(context: DiffContext): Change[] {
  const { from, to, renames } = context;
  const pairing = pairObjects(from.sequences, to.sequences, keyOf, (key) =>
    renamedTop(renames, 'sequence', key, from.sequences),
  );
  return [
    ...pairing.dropped.map(
      (sequence): Change => ({
        kind: 'sequence.drop',
        sequence,
        droppedWithOwner: ownerDropped(sequence, context),
      }),
    ),
    ...pairing.renamed.map(
      ([a, b]): Change => ({ kind: 'sequence.rename', schema: a.schema, from: a.name, to: b.name }),
    ),
    ...pairing.added.flatMap((sequence): Change[] => [
      { kind: 'sequence.create', sequence },
      ...ownedByChange(sequence, undefined, ownerIn(to, sequence)),
      ...commentChange(target(sequence), undefined, sequence.comment),
    ]),
    ...pairing.matched.flatMap(([a, b]): Change[] => [
      ...(sameIgnoring(a, b, ['name', 'comment', 'ownedBy'])
        ? []
        : [{ kind: 'sequence.alter' as const, from: a, to: b }]),
      ...ownedByChange(b, followRenames(ownerIn(from, a), context), ownerIn(to, b), ownerDropped(a, context)),
      ...commentChange(target(b), a.comment, b.comment),
    ]),
  ];
}

/**
 * A sequence moving to a new owner while its old owner is dropped is disowned first: the new owner may not
 * exist until after the old one is dropped, and dropping the old owner would drop the sequence with it.
 */
function ownedByChange(
  sequence: SequenceDef,
  before: Owner | undefined,
  after: Owner | undefined,
  beforeDropped = false,
): Change[] {
  if (sameIgnoring(before ?? {}, after ?? {})) return [];
  const ref = { schema: sequence.schema, name: sequence.name };
  const disown: Change[] =
    before && after && beforeDropped ? [{ kind: 'sequence.setOwnedBy', sequence: ref }] : [];
  return [...disown, { kind: 'sequence.setOwnedBy', sequence: ref, ...(after ? { owner: after } : {}) }];
}

/** `ownedBy.table` is a `schema.table` key; find the table to split it unambiguously. */
function ownerIn(model: SchemaModel, sequence: SequenceDef): Owner | undefined {
  const owned = sequence.ownedBy;
  if (!owned) return undefined;
  const table = model.tables.find((t) => qualifiedKey(t.schema, t.name) === owned.table);
  const dot = owned.table.indexOf('.');
  const schema = table?.schema ?? owned.table.slice(0, dot);
  const name = table?.name ?? owned.table.slice(dot + 1);
  return { schema, table: name, column: owned.column };
}

/** The owner as it is named after the plan's renames, so an unchanged owner compares equal. */
function followRenames(owner: Owner | undefined, context: DiffContext): Owner | undefined {
  const pair = owner && context.pairOf(qualifiedKey(owner.schema, owner.table));
  if (!owner || !pair) return owner;
  return { schema: pair.to.schema, table: pair.to.name, column: pair.columnName(owner.column) };
}

/** PostgreSQL drops an owned sequence with its table or column, so no DROP SEQUENCE must follow. */
function ownerDropped(sequence: SequenceDef, context: DiffContext): boolean {
  const owner = ownerIn(context.from, sequence);
  if (!owner) return false;
  const key = qualifiedKey(owner.schema, owner.table);
  if (context.tables.dropped.some((t) => qualifiedKey(t.schema, t.name) === key)) return true;
  return context.pairOf(key)?.columns.dropped.some((c) => c.name === owner.column) ?? false;
}
