import type { ProjectState } from '../store/project-store.ts';

interface Saving {
  getState(): ProjectState;
  subscribe(listener: (state: ProjectState) => void): () => void;
}

type Settled = { readonly ok: true } | { readonly ok: false; readonly message: string };

function settled(s: ProjectState): Settled | undefined {
  if (s.saveStatus === 'conflict' || s.saveStatus === 'error') {
    return { ok: false, message: s.saveError ?? 'The design could not be saved.' };
  }
  return s.changeCount === s.savedCount && s.saveStatus !== 'saving' ? { ok: true } : undefined;
}

/**
 * Resolves once every edit is saved. A proposal is planned by the server from the stored design, so asking
 * for review before the autosave has run would send the design as it was a moment ago.
 */
export function waitForSave(store: Saving, timeoutMs = 20_000): Promise<Settled> {
  const now = settled(store.getState());
  if (now) return Promise.resolve(now);
  return new Promise((resolve) => {
    const finish = (result: Settled) => {
      clearTimeout(timer);
      unsubscribe();
      resolve(result);
    };
    const timer = setTimeout(
      () => finish({ ok: false, message: 'The design is still saving; try again.' }),
      timeoutMs,
    );
    const unsubscribe = store.subscribe((s) => {
      const result = settled(s);
      if (result) finish(result);
    });
  });
}
