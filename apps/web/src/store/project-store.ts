import type { RenameHint } from '@schema-studio/diff';
import {
  applyEdit,
  type RenameState,
  renameStateFromHints,
  type SchemaEdit,
  type SchemaModel,
  shareUnchanged,
  trackRename,
} from '@schema-studio/schema';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Layout, Position, Project } from '../lib/types.ts';
import { keepPositionsByName } from './positions.ts';

/** What undo/redo restores: the design and where each object came from (so hints follow undo). */
export interface Snapshot {
  readonly design: SchemaModel;
  readonly renames: RenameState;
  /** Positions when the snapshot was taken: undoing a delete or a rename puts the table back where it was. */
  readonly positions?: Readonly<Record<string, Position>>;
}

export type SaveStatus = 'saved' | 'unsaved' | 'saving' | 'error' | 'conflict';

export interface SqlError {
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
}

export interface ProjectActions {
  /** Applies one edit, or several as one undo step. */
  dispatch(edit: SchemaEdit | readonly SchemaEdit[]): void;
  undo(): void;
  redo(): void;
  /** A design from the SQL editor: one undo step; positions kept by table name. */
  replaceDesign(model: SchemaModel): void;
  moveTables(positions: Readonly<Record<string, Position>>): void;
  setPositions(positions: Readonly<Record<string, Position>>): void;
  /** Where the canvas was left (pan and zoom): part of the saved layout, not of the undo history. */
  setViewport(viewport: { x: number; y: number; zoom: number }): void;
  select(keys: readonly string[]): void;
  setHidden(keys: readonly string[], hidden: boolean): void;
  showAll(): void;
  focusTable(key: string): void;
  requestFit(): void;
  setSqlError(error: SqlError | null): void;
  setName(name: string): void;
  saveStarted(): void;
  saveDone(version: number, changeAtStart: number): void;
  /** The live database was read again: a new baseline (the design is untouched) and the project's version. */
  baselineRefreshed(baseline: SchemaModel, version: number): void;
  /** A table's color on the canvas (part of the layout), or none. */
  setColor(key: string, color: string | null): void;
  saveFailed(status: 'error' | 'conflict', message: string): void;
}

export interface ProjectState {
  readonly id: string;
  readonly name: string;
  /** The live database this project was read from, if any: its baseline can be refreshed. */
  readonly connectionId: string | null;
  readonly version: number;
  readonly baseline: SchemaModel;
  readonly design: SchemaModel;
  readonly layout: Layout;
  readonly renames: RenameState;
  readonly past: readonly Snapshot[];
  readonly future: readonly Snapshot[];
  readonly selection: readonly string[];
  /** Bumped on every change that must be saved; the autosaver compares it with what it saved. */
  readonly changeCount: number;
  readonly savedCount: number;
  readonly saveStatus: SaveStatus;
  readonly saveError: string | null;
  readonly sqlError: SqlError | null;
  readonly focus: { readonly key: string; readonly n: number } | null;
  readonly fitRequest: number;
  readonly actions: ProjectActions;
}

export type ProjectStore = StoreApi<ProjectState>;

const HISTORY_LIMIT = 200;

function pushPast(past: readonly Snapshot[], snapshot: Snapshot): Snapshot[] {
  const next = [...past, snapshot];
  return next.length > HISTORY_LIMIT ? next.slice(next.length - HISTORY_LIMIT) : next;
}

/** Design, renames and the rename hints handed to the planner, after one or more edits. */
function applyAll(design: SchemaModel, renames: RenameState, edits: readonly SchemaEdit[]): Snapshot {
  let model = design;
  let state = renames;
  for (const edit of edits) {
    const next = applyEdit(model, edit);
    if (next === model) continue;
    state = trackRename(state, edit, model);
    model = next;
  }
  return { design: model, renames: state };
}

/** One store per open project. Actions are pure transitions over the reducer; nothing here does I/O. */
export function createProjectStore(project: Project): ProjectStore {
  return createStore<ProjectState>()((set, get) => {
    const changed = (patch: Partial<ProjectState>) =>
      set((s) => ({
        ...patch,
        changeCount: s.changeCount + 1,
        saveStatus: s.saveStatus === 'saving' ? 'saving' : 'unsaved',
      }));
    const snapshot = (s: ProjectState): Snapshot => ({
      design: s.design,
      renames: s.renames,
      positions: s.layout.positions,
    });
    const restore = (s: ProjectState, target: Snapshot): Partial<ProjectState> => {
      const layout = keepPositionsByName(withOldPositions(s.layout, target.positions), target.design);
      return {
        design: target.design,
        renames: target.renames,
        layout,
        selection: s.selection.filter((k) => k in layout.positions),
      };
    };
    const commit = (next: Snapshot, edits: readonly SchemaEdit[]) => {
      const s = get();
      if (next.design === s.design && next.renames === s.renames) return;
      const layout = keepPositionsByName(followTableRenames(s.layout, edits), next.design);
      const selection = renameKeys(s.selection, edits).filter((k) => k in layout.positions);
      changed({ ...next, layout, selection, past: pushPast(s.past, snapshot(s)), future: [] });
    };
    const actions: ProjectActions = {
      dispatch(edit) {
        const s = get();
        const edits = Array.isArray(edit) ? edit : [edit as SchemaEdit];
        commit(applyAll(s.design, s.renames, edits), edits);
      },
      replaceDesign(model) {
        const s = get();
        const next = applyAll(s.design, s.renames, [{ kind: 'model.replace', model }]);
        commit({ ...next, design: shareUnchanged(s.design, next.design) }, []);
      },
      undo() {
        const s = get();
        const previous = s.past.at(-1);
        if (!previous) return;
        changed({ ...restore(s, previous), past: s.past.slice(0, -1), future: [...s.future, snapshot(s)] });
      },
      redo() {
        const s = get();
        const next = s.future.at(-1);
        if (!next) return;
        changed({ ...restore(s, next), future: s.future.slice(0, -1), past: pushPast(s.past, snapshot(s)) });
      },
      moveTables(positions) {
        const s = get();
        changed({ layout: { ...s.layout, positions: { ...s.layout.positions, ...positions } } });
      },
      setPositions(positions) {
        const s = get();
        changed({ layout: { ...s.layout, positions: { ...positions } } });
      },
      setViewport(viewport) {
        const s = get();
        const old = s.layout.viewport;
        if (old && old.x === viewport.x && old.y === viewport.y && old.zoom === viewport.zoom) return;
        changed({ layout: { ...s.layout, viewport } });
      },
      select(keys) {
        set({ selection: keys });
      },
      setHidden(keys, hidden) {
        const s = get();
        const rest = s.layout.hidden.filter((k) => !keys.includes(k));
        changed({ layout: { ...s.layout, hidden: hidden ? [...rest, ...keys] : rest } });
      },
      showAll() {
        const s = get();
        if (s.layout.hidden.length > 0) changed({ layout: { ...s.layout, hidden: [] } });
      },
      focusTable(key) {
        set((s) => ({
          focus: { key, n: (s.focus?.n ?? 0) + 1 },
          selection: [key],
          layout: s.layout.hidden.includes(key)
            ? { ...s.layout, hidden: s.layout.hidden.filter((k) => k !== key) }
            : s.layout,
        }));
      },
      requestFit() {
        set((s) => ({ fitRequest: s.fitRequest + 1 }));
      },
      setSqlError(error) {
        set({ sqlError: error });
      },
      setName(name) {
        set({ name });
      },
      saveStarted() {
        set({ saveStatus: 'saving', saveError: null });
      },
      saveDone(version, changeAtStart) {
        set((s) => ({
          version,
          savedCount: changeAtStart,
          saveStatus: s.changeCount === changeAtStart ? 'saved' : 'unsaved',
        }));
      },
      baselineRefreshed(baseline, version) {
        set((s) => ({ baseline, version, design: shareUnchanged(baseline, s.design) }));
      },
      setColor(key, color) {
        const s = get();
        const { [key]: _old, ...rest } = s.layout.colors;
        changed({ layout: { ...s.layout, colors: color ? { ...rest, [key]: color } : rest } });
      },
      saveFailed(status, message) {
        set({ saveStatus: status, saveError: message });
      },
    };
    return {
      id: project.id,
      name: project.name,
      connectionId: project.connectionId ?? null,
      version: project.version,
      baseline: project.baseline,
      // Untouched objects are the baseline's own: the derived migration then compares references first.
      design: shareUnchanged(project.baseline, project.design),
      layout: keepPositionsLoaded(project),
      renames: renameStateFromHints(project.hints),
      past: [],
      future: [],
      selection: [],
      changeCount: 0,
      savedCount: 0,
      saveStatus: 'saved',
      saveError: null,
      sqlError: null,
      focus: null,
      fitRequest: 0,
      actions,
    };
  });
}

/**
 * A design from the SQL editor is all new objects; tables equal to the current ones keep their identity, so
 * only the canvas nodes of tables that changed re-render.
 */
/** Positions of a snapshot fill in for tables the current layout does not place. */
function withOldPositions(layout: Layout, old: Readonly<Record<string, Position>> | undefined): Layout {
  return old ? { ...layout, positions: { ...old, ...layout.positions } } : layout;
}

function renameKeys(keys: readonly string[], edits: readonly SchemaEdit[]): string[] {
  return edits.reduce(
    (acc, e) =>
      e.kind === 'table.rename'
        ? acc.map((k) => (k === `${e.schema}.${e.from}` ? `${e.schema}.${e.to}` : k))
        : acc,
    [...keys],
  );
}

/** A renamed table keeps its place, color and visibility. */
function followTableRenames(layout: Layout, edits: readonly SchemaEdit[]): Layout {
  let next = layout;
  for (const edit of edits) {
    if (edit.kind !== 'table.rename') continue;
    const from = `${edit.schema}.${edit.from}`;
    const to = `${edit.schema}.${edit.to}`;
    const position = next.positions[from];
    const color = next.colors[from];
    next = {
      ...next,
      positions: position ? { ...next.positions, [to]: position } : next.positions,
      colors: color ? { ...next.colors, [to]: color } : next.colors,
      hidden: next.hidden.map((k) => (k === from ? to : k)),
    };
  }
  return next;
}

/** Loaded layout as saved; a project without any position keeps that (the page runs auto-layout). */
function keepPositionsLoaded(project: Project): Layout {
  const layout: Layout = {
    positions: project.layout?.positions ?? {},
    colors: project.layout?.colors ?? {},
    hidden: project.layout?.hidden ?? [],
    ...(project.layout?.viewport ? { viewport: project.layout.viewport } : {}),
  };
  return Object.keys(layout.positions).length === 0 ? layout : keepPositionsByName(layout, project.design);
}

export type { RenameHint };
