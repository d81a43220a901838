import { qualifiedKey, type ViewDef } from '@schema-studio/schema';
import type { Change, RelationRef } from './changes.ts';
import { commentChange } from './comments.ts';
import { type DiffContext, indexChanged, renamedTop } from './context.ts';
import { createIndexes, createTriggers, diffIndexes, diffTriggers } from './diff-relation-parts.ts';
import { pairRoutines, routineKeyOf } from './diff-routines.ts';
import { sameIgnoring } from './equality.ts';
import { pairObjects, splitRecreated } from './pairing.ts';
import { mentionsIdentifier } from './type-refs.ts';

const keyOf = (v: ViewDef) => qualifiedKey(v.schema, v.name);
const refOf = (v: ViewDef): RelationRef => ({ schema: v.schema, table: v.name });
const byName = (item: { readonly name: string }) => item.name;

/** What decides a view's shape; anything else (comments, indexes, triggers) is altered in place. */
function viewChanged(a: ViewDef, b: ViewDef): boolean {
  return !sameIgnoring(a, b, ['name', 'comment', 'columns', 'indexes', 'triggers', 'dependsOn']);
}

export function diffViews(context: DiffContext): Change[] {
  const { from, to, renames } = context;
  const pairing = splitRecreated(
    pairObjects(from.views, to.views, keyOf, (key) => renamedTop(renames, 'view', key, from.views)),
    viewChanged,
  );
  const rebuilt = rebuiltViews(context, pairing.dropped.map(keyOf));
  const counterpart = new Map(pairing.matched.map(([a, b]) => [b, a] as const));
  const isRebuilt = (b: ViewDef) => {
    const a = counterpart.get(b);
    return a === undefined || rebuilt.has(keyOf(a));
  };
  const toKeys = new Set(to.views.filter(isRebuilt).map(keyOf));
  return [
    ...from.views
      .filter((v) => rebuilt.has(keyOf(v)))
      .map((view): Change => ({ kind: 'view.drop', view, recreated: toKeys.has(keyOf(view)) })),
    ...to.views.flatMap((b) => {
      const a = counterpart.get(b);
      return a === undefined || isRebuilt(b) ? createView(b) : alterView(a, b, context);
    }),
  ];
}

/**
 * Whether `view` reads a column of a disturbed table that is going away or changing type. The catalog gives
 * table-level dependencies only, so the definition is searched for each column's name as a whole word
 * (conservative: a name in a string literal counts too). The engine renders `*` as the column list, so a view
 * that reads a column names it; one that names none of them survives the ALTER TABLE and stays in place.
 */
function readsDisturbedColumn(view: ViewDef, columns: ReadonlySet<string> | null): boolean {
  if (columns === null) return true;
  const definition = view.definition.toLowerCase();
  return [...columns].some((column) => mentionsIdentifier(definition, column.toLowerCase()));
}

/**
 * `from` keys of views that must be dropped: those dropped or changed, and, transitively, every view reading
 * a dropped or rebuilt view, a dropped table, a column dropped or retyped, or a routine being dropped.
 */
function rebuiltViews(context: DiffContext, changedViews: readonly string[]): Set<string> {
  const routines = pairRoutines(context);
  const disturbed = new Set([...routines.dropped.map(routineKeyOf), ...changedViews]);
  const reads = (view: ViewDef, dependency: string) => {
    if (disturbed.has(dependency)) return true;
    const columns = context.disturbedTables.get(dependency);
    return columns !== undefined && readsDisturbedColumn(view, columns);
  };
  const rebuilt = new Set(changedViews);
  let grew = true;
  while (grew) {
    grew = false;
    for (const view of context.from.views) {
      const key = keyOf(view);
      if (rebuilt.has(key) || !view.dependsOn.some((d) => reads(view, d))) continue;
      rebuilt.add(key);
      disturbed.add(key);
      grew = true;
    }
  }
  return rebuilt;
}

function viewTarget(view: ViewDef) {
  return {
    type: view.materialized ? ('materializedView' as const) : ('view' as const),
    schema: view.schema,
    name: view.name,
  };
}

function columnComments(view: ViewDef, from: ViewDef | undefined): Change[] {
  const before = new Map((from?.columns ?? []).map((c) => [c.name, c.comment] as const));
  return view.columns.flatMap((c) =>
    commentChange(
      { type: 'column', schema: view.schema, table: view.name, column: c.name },
      before.get(c.name),
      c.comment,
    ),
  );
}

function createView(view: ViewDef): Change[] {
  const ref = refOf(view);
  return [
    { kind: 'view.create', view },
    ...createIndexes(ref, view.indexes),
    ...createTriggers(ref, view.triggers),
    ...commentChange(viewTarget(view), undefined, view.comment),
    ...columnComments(view, undefined),
  ];
}

function alterView(a: ViewDef, b: ViewDef, context: DiffContext): Change[] {
  const renamed = a.name !== b.name;
  const hinted = (name: string) => context.renames.renamedTo('index', a.schema, name, a.name);
  const indexes = splitRecreated(pairObjects(a.indexes, b.indexes, byName, hinted), (x, y) =>
    indexChanged(x, y, (n) => n),
  );
  const triggers = splitRecreated(
    pairObjects(a.triggers, b.triggers, byName),
    (x, y) => x.definition !== y.definition,
  );
  return [
    ...(renamed
      ? [
          {
            kind: 'view.rename' as const,
            schema: a.schema,
            from: a.name,
            to: b.name,
            materialized: b.materialized,
          },
        ]
      : []),
    ...diffIndexes(refOf(a), refOf(b), indexes),
    ...diffTriggers(refOf(a), refOf(b), triggers),
    ...commentChange(viewTarget(b), a.comment, b.comment),
    ...columnComments(b, a),
  ];
}
