import type { SchemaModel } from '@schema-studio/schema';
import type { Change } from './changes.ts';
import { buildContext } from './context.ts';
import { diffEnums } from './diff-enums.ts';
import { diffCollations, diffExtensions, diffSchemas } from './diff-namespaces.ts';
import { diffRoutines } from './diff-routines.ts';
import { diffSequences } from './diff-sequences.ts';
import { diffTables } from './diff-tables.ts';
import { diffComposites, diffDomains, diffRanges } from './diff-types.ts';
import { diffViews } from './diff-views.ts';
import type { RenameHint } from './plan.ts';
import { RenameMap } from './renames.ts';

/**
 * The changes that turn `from` into `to`. Renames come only from `hints` (a hinted rename is never a drop and
 * an add; an unhinted one always is). The result is grouped by object kind in model order, not yet in
 * execution order: a dialect's planner orders it.
 */
export function diffModels(from: SchemaModel, to: SchemaModel, hints: readonly RenameHint[] = []): Change[] {
  const context = buildContext(from, to, new RenameMap(hints));
  return [
    ...diffSchemas(context),
    ...diffExtensions(context),
    ...diffCollations(context),
    ...diffEnums(context),
    ...diffDomains(context),
    ...diffComposites(context),
    ...diffRanges(context),
    ...diffSequences(context),
    ...diffRoutines(context),
    ...diffTables(context),
    ...diffViews(context),
  ];
}
