import type { MigrationPlan, RenameHint } from '@schema-studio/diff';
import { type RenameState, renameHints, type SchemaModel } from '@schema-studio/schema';
import { dialectTools } from '../lib/dialect.ts';
import type { ProjectState } from './project-store.ts';

/** Module-scope selectors: stable references, so components subscribe to exactly what they read. */
export const selectActions = (s: ProjectState) => s.actions;
export const selectConnectionId = (s: ProjectState) => s.connectionId;
export const selectDesign = (s: ProjectState) => s.design;
export const selectBaseline = (s: ProjectState) => s.baseline;
export const selectLayout = (s: ProjectState) => s.layout;
export const selectPositions = (s: ProjectState) => s.layout.positions;
export const selectHidden = (s: ProjectState) => s.layout.hidden;
export const selectSelection = (s: ProjectState) => s.selection;
export const selectCanUndo = (s: ProjectState) => s.past.length > 0;
export const selectCanRedo = (s: ProjectState) => s.future.length > 0;
export const selectSaveStatus = (s: ProjectState) => s.saveStatus;
export const selectSaveError = (s: ProjectState) => s.saveError;
export const selectSqlError = (s: ProjectState) => s.sqlError;
export const selectFocus = (s: ProjectState) => s.focus;
export const selectFitRequest = (s: ProjectState) => s.fitRequest;
export const selectName = (s: ProjectState) => s.name;
export const selectTableCount = (s: ProjectState) => s.design.tables.length;
export const selectEnums = (s: ProjectState) => s.design.enums;

/** The first selected table, if any. */
export const selectSelectedTable = (s: ProjectState) => {
  const key = s.selection[0];
  return key === undefined ? undefined : s.design.tables.find((t) => `${t.schema}.${t.name}` === key);
};

interface HintsMemo {
  readonly baseline: SchemaModel;
  readonly renames: RenameState;
  readonly hints: readonly RenameHint[];
}
const hintsMemo = new WeakMap<SchemaModel, HintsMemo>();

/** Rename hints for the planner, derived (never stored) and memoized per design. */
export function selectHints(s: ProjectState): readonly RenameHint[] {
  const memo = hintsMemo.get(s.design);
  if (memo && memo.baseline === s.baseline && memo.renames === s.renames) return memo.hints;
  const hints = renameHints(s.baseline, s.design, s.renames) as RenameHint[];
  hintsMemo.set(s.design, { baseline: s.baseline, renames: s.renames, hints });
  return hints;
}

export type DerivedMigration =
  | { readonly ok: true; readonly plan: MigrationPlan }
  | { readonly ok: false; readonly error: string };

const migrationMemo = new WeakMap<
  SchemaModel,
  { baseline: SchemaModel; hints: readonly RenameHint[]; result: DerivedMigration }
>();

/** The migration from baseline to design: a pure function of (baseline, design, hints), memoized. */
export function deriveMigration(
  baseline: SchemaModel,
  design: SchemaModel,
  hints: readonly RenameHint[],
): DerivedMigration {
  const memo = migrationMemo.get(design);
  if (memo && memo.baseline === baseline && memo.hints === hints) return memo.result;
  let result: DerivedMigration;
  try {
    result = { ok: true, plan: dialectTools(design.dialect).plan(baseline, design, hints) };
  } catch (error) {
    result = { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  migrationMemo.set(design, { baseline, hints, result });
  return result;
}

export const selectMigration = (s: ProjectState): DerivedMigration =>
  deriveMigration(s.baseline, s.design, selectHints(s));
