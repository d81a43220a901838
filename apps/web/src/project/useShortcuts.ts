import { useEffect } from 'react';
import type { ProjectStore } from '../store/project-store.ts';

/** True when typing in a field, where the editor's own undo and shortcuts must win. */
function inField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return (
    !!el &&
    (el.isContentEditable ||
      ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName) ||
      !!el.closest('.monaco-editor'))
  );
}

/** Ctrl/Cmd+Z undo, Shift+Ctrl/Cmd+Z (or Ctrl+Y) redo, Ctrl/Cmd+K search. */
export function useShortcuts(store: ProjectStore, openSearch: () => void) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey)) return;
      const key = e.key.toLowerCase();
      if (key === 'k') {
        e.preventDefault();
        openSearch();
        return;
      }
      if (inField(e.target)) return;
      if (key === 'z') {
        e.preventDefault();
        if (e.shiftKey) store.getState().actions.redo();
        else store.getState().actions.undo();
      } else if (key === 'y') {
        e.preventDefault();
        store.getState().actions.redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, openSearch]);
}
