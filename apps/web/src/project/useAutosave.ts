import { useEffect } from 'react';
import { ApiError, api, describeError } from '../lib/api.ts';
import type { ProjectStore } from '../store/project-store.ts';
import { selectHints } from '../store/selectors.ts';

const DELAY_MS = 800;

/**
 * Saves the project (design, layout, hints) after a pause in editing, with the version last loaded; a stale
 * version (someone else saved) stops autosaving and says so. One request at a time.
 */
export function useAutosave(store: ProjectStore) {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let saving = false;
    const save = async () => {
      const s = store.getState();
      if (saving || s.changeCount === s.savedCount || s.saveStatus === 'conflict') return;
      saving = true;
      const changeAtStart = s.changeCount;
      s.actions.saveStarted();
      try {
        const saved = await api.saveProject(s.id, {
          design: s.design,
          layout: s.layout,
          hints: selectHints(s),
          version: s.version,
        });
        store.getState().actions.saveDone(saved.version, changeAtStart);
      } catch (error) {
        const conflict = error instanceof ApiError && error.code === 'VERSION_CONFLICT';
        store.getState().actions.saveFailed(conflict ? 'conflict' : 'error', describeError(error));
      } finally {
        saving = false;
      }
      const after = store.getState();
      if (after.changeCount !== after.savedCount && after.saveStatus !== 'conflict') schedule();
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void save(), DELAY_MS);
    };
    const unsubscribe = store.subscribe((s, previous) => {
      if (s.changeCount !== previous.changeCount) schedule();
    });
    const flush = () => {
      const s = store.getState();
      if (s.changeCount !== s.savedCount) void save();
    };
    window.addEventListener('beforeunload', flush);
    return () => {
      unsubscribe();
      window.removeEventListener('beforeunload', flush);
      clearTimeout(timer);
      flush();
    };
  }, [store]);
}
