import type { CollationDef, ExtensionDef, NamespaceDef } from '@schema-studio/schema';
import type { Change } from './changes.ts';
import { commentChange } from './comments.ts';
import type { DiffContext } from './context.ts';
import { sameIgnoring } from './equality.ts';
import { pairObjects, splitRecreated } from './pairing.ts';

const byName = (item: { readonly name: string }) => item.name;
const byKey = (item: { readonly schema: string; readonly name: string }) => `${item.schema}.${item.name}`;

export function diffSchemas({ from, to }: DiffContext): Change[] {
  const pairing = pairObjects<NamespaceDef>(from.schemas, to.schemas, byName);
  return [
    ...pairing.dropped.map((schema): Change => ({ kind: 'schema.drop', schema })),
    ...pairing.added.flatMap((schema): Change[] => [
      { kind: 'schema.create', schema },
      ...commentChange({ type: 'schema', name: schema.name }, undefined, schema.comment),
    ]),
    ...pairing.matched.flatMap(([a, b]) =>
      commentChange({ type: 'schema', name: b.name }, a.comment, b.comment),
    ),
  ];
}

export function diffExtensions({ from, to }: DiffContext): Change[] {
  const pairing = pairObjects<ExtensionDef>(from.extensions, to.extensions, byName);
  const target = (e: ExtensionDef) => ({ type: 'extension' as const, name: e.name });
  return [
    ...pairing.dropped.map((extension): Change => ({ kind: 'extension.drop', extension })),
    ...pairing.added.flatMap((extension): Change[] => [
      { kind: 'extension.create', extension },
      ...commentChange(target(extension), undefined, extension.comment),
    ]),
    ...pairing.matched.flatMap(([a, b]): Change[] => [
      ...(a.schema === b.schema ? [] : [{ kind: 'extension.setSchema' as const, extension: b }]),
      ...commentChange(target(b), a.comment, b.comment),
    ]),
  ];
}

export function diffCollations({ from, to }: DiffContext): Change[] {
  const pairing = splitRecreated(
    pairObjects<CollationDef>(from.collations, to.collations, byKey),
    (a, b) => !sameIgnoring(a, b, ['comment']),
  );
  const addedKeys = new Set(pairing.added.map(byKey));
  const target = (c: CollationDef) => ({ type: 'collation' as const, schema: c.schema, name: c.name });
  return [
    ...pairing.dropped.map(
      (collation): Change => ({
        kind: 'collation.drop',
        collation,
        recreated: addedKeys.has(byKey(collation)),
      }),
    ),
    ...pairing.added.flatMap((collation): Change[] => [
      { kind: 'collation.create', collation },
      ...commentChange(target(collation), undefined, collation.comment),
    ]),
    ...pairing.matched.flatMap(([a, b]) => commentChange(target(b), a.comment, b.comment)),
  ];
}
