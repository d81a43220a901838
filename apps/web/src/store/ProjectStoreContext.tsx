import { createContext, type ReactNode, useContext } from 'react';
import { useStore } from 'zustand';
import type { ProjectState, ProjectStore } from './project-store.ts';

const Context = createContext<ProjectStore | null>(null);

export function ProjectStoreProvider({ store, children }: { store: ProjectStore; children: ReactNode }) {
  return <Context.Provider value={store}>{children}</Context.Provider>;
}

export function useProjectStoreApi(): ProjectStore {
  const store = useContext(Context);
  if (!store) throw new Error('useProjectStoreApi outside ProjectStoreProvider');
  return store;
}

/** Reads the open project's store through a module-scope selector. */
export function useProject<T>(selector: (state: ProjectState) => T): T {
  return useStore(useProjectStoreApi(), selector);
}
