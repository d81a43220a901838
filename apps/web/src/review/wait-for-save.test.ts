import { describe, expect, it } from 'vitest';
import type { ProjectState } from '../store/project-store.ts';
import { waitForSave } from './wait-for-save.ts';

type Fields = Pick<ProjectState, 'changeCount' | 'savedCount' | 'saveStatus' | 'saveError'>;

function fakeStore(initial: Fields) {
  let state = initial as ProjectState;
  const listeners = new Set<(s: ProjectState) => void>();
  return {
    getState: () => state,
    subscribe: (l: (s: ProjectState) => void) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    set(fields: Partial<Fields>) {
      state = { ...state, ...fields } as ProjectState;
      for (const l of listeners) l(state);
    },
  };
}

describe('waitForSave', () => {
  it('is done at once when nothing is waiting to be saved', async () => {
    const store = fakeStore({ changeCount: 2, savedCount: 2, saveStatus: 'saved', saveError: null });
    await expect(waitForSave(store)).resolves.toEqual({ ok: true });
  });

  it('waits for the autosave to catch up', async () => {
    const store = fakeStore({ changeCount: 3, savedCount: 2, saveStatus: 'unsaved', saveError: null });
    const waiting = waitForSave(store);
    store.set({ saveStatus: 'saving' });
    store.set({ savedCount: 3, saveStatus: 'saved' });
    await expect(waiting).resolves.toEqual({ ok: true });
  });

  it('says why when the save fails, and gives up after its time', async () => {
    const store = fakeStore({ changeCount: 3, savedCount: 2, saveStatus: 'unsaved', saveError: null });
    const waiting = waitForSave(store);
    store.set({ saveStatus: 'conflict', saveError: 'stale' });
    await expect(waiting).resolves.toEqual({ ok: false, message: 'stale' });
    const slow = fakeStore({ changeCount: 1, savedCount: 0, saveStatus: 'unsaved', saveError: null });
    await expect(waitForSave(slow, 10)).resolves.toMatchObject({ ok: false });
  });
});
