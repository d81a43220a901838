import { type EnumDef, qualifiedKey } from '@schema-studio/schema';
import type { Change, EnumColumnUse } from './changes.ts';
import { commentChange } from './comments.ts';
import type { DiffContext } from './context.ts';
import { referencedTypeKey } from './type-refs.ts';

const keyOf = (e: EnumDef) => qualifiedKey(e.schema, e.name);
const target = (e: EnumDef) => ({ type: 'type' as const, schema: e.schema, name: e.name });

export function diffEnums(context: DiffContext): Change[] {
  const { enums } = context;
  return [
    ...enums.dropped.map((e): Change => ({ kind: 'enum.drop', enum: e, recreated: false })),
    ...enums.renamed.map(
      ([a, b]): Change => ({ kind: 'enum.rename', schema: a.schema, from: a.name, to: b.name }),
    ),
    ...enums.added.flatMap((e): Change[] => [
      { kind: 'enum.create', enum: e },
      ...commentChange(target(e), undefined, e.comment),
    ]),
    ...enums.matched.flatMap(([a, b]): Change[] => [
      ...evolveEnum(a, b, context),
      ...commentChange(target(b), a.comment, b.comment),
    ]),
  ];
}

function evolveEnum(from: EnumDef, to: EnumDef, context: DiffContext): Change[] {
  const evolution = context.enumEvolution.get(keyOf(from));
  if (evolution === 'addValues') return addedValues(from, to);
  if (evolution === 'replace')
    return [{ kind: 'enum.replace', from, to, columns: enumColumns(from, to, context) }];
  return [];
}

/**
 * New labels in their place. Labels after the last existing one are appended in order; others are placed
 * relative to a label that already exists when the statement runs.
 */
function addedValues(from: EnumDef, to: EnumDef): Change[] {
  const existing = new Set(from.values);
  const lastOld = Math.max(...to.values.map((v, i) => (existing.has(v) ? i : -1)));
  const firstOld = to.values.find((v) => existing.has(v));
  const ref = { schema: to.schema, name: to.name };
  return to.values.flatMap((value, i): Change[] => {
    if (existing.has(value)) return [];
    if (i > lastOld) return [{ kind: 'enum.addValue', enum: ref, value }];
    const previous = to.values[i - 1];
    if (previous !== undefined) return [{ kind: 'enum.addValue', enum: ref, value, after: previous }];
    return [
      { kind: 'enum.addValue', enum: ref, value, ...(firstOld === undefined ? {} : { before: firstOld }) },
    ];
  });
}

/** Columns of existing tables that use the enum on both sides: the replace dance converts them in place. */
function enumColumns(from: EnumDef, to: EnumDef, context: DiffContext): EnumColumnUse[] {
  return context.tablePairs.flatMap((pair) =>
    pair.columns.matched
      .filter(
        ([a, b]) => referencedTypeKey(a.type) === keyOf(from) && referencedTypeKey(b.type) === keyOf(to),
      )
      .map(([a, b]) => ({
        schema: pair.to.schema,
        table: pair.to.name,
        column: b.name,
        type: b.type,
        ...(a.default === undefined ? {} : { fromDefault: a.default }),
        ...(b.default === undefined ? {} : { toDefault: b.default }),
      })),
  );
}
