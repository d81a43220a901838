import { type LiveStats, type TableStats, tableStatsByKey } from '@schema-studio/schema';
import { createContext, type ReactNode, useContext, useDeferredValue, useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { api, describeError } from '../lib/api.ts';
import { useProject } from '../store/ProjectStoreContext.tsx';
import { selectConnectionId, selectDesign } from '../store/selectors.ts';
import { type AdvisorFinding, adviceByTable, advise, type TableAdvice } from './advice.ts';

export type LiveStatsStatus = 'none' | 'loading' | 'ready' | 'error';

export interface AdvisorState {
  /** Live statistics of the project's database, when it has one and they were read. */
  readonly stats: LiveStats | null;
  readonly statsStatus: LiveStatsStatus;
  readonly statsError: string | null;
  readonly statsByTable: ReadonlyMap<string, TableStats>;
  readonly findings: readonly AdvisorFinding[];
  readonly byTable: ReadonlyMap<string, TableAdvice>;
  /** Reads the statistics again (the panel's "Refresh statistics"). */
  readonly reload: () => void;
}

type AdvisorStore = StoreApi<AdvisorState>;

const Context = createContext<AdvisorStore | null>(null);
const EMPTY = new Map();

function createAdvisorStore(): AdvisorStore {
  return createStore<AdvisorState>()(() => ({
    stats: null,
    statsStatus: 'none',
    statsError: null,
    statsByTable: EMPTY,
    findings: [],
    byTable: EMPTY,
    reload: () => undefined,
  }));
}

/** Fetches the live statistics once the project has a connection (and again on `reload`); the last read wins. */
function useLiveStatsLoader(store: AdvisorStore, projectId: string, connectionId: string | null) {
  useEffect(() => {
    if (connectionId === null) return;
    let round = 0;
    let alive = true;
    const load = () => {
      const mine = ++round;
      store.setState({ statsStatus: 'loading', statsError: null });
      api.liveStats(projectId).then(
        (stats) => {
          if (alive && mine === round)
            store.setState({ stats, statsStatus: 'ready', statsByTable: tableStatsByKey(stats) });
        },
        (error: unknown) => {
          if (alive && mine === round)
            store.setState({ statsStatus: 'error', statsError: describeError(error) });
        },
      );
    };
    store.setState({ reload: load });
    load();
    return () => {
      alive = false;
    };
  }, [store, projectId, connectionId]);
}

/**
 * The advisor of the open project: its findings on the design (computed in the browser, memoized per design,
 * when React is idle) and the live statistics, for the panel and the table nodes' badges.
 */
export function AdvisorProvider({ projectId, children }: { projectId: string; children: ReactNode }) {
  const [store] = useState(createAdvisorStore);
  const connectionId = useProject(selectConnectionId);
  const design = useDeferredValue(useProject(selectDesign));
  const stats = useStore(store, (s) => s.stats);
  useLiveStatsLoader(store, projectId, connectionId);
  useEffect(() => {
    const findings = advise(design, stats);
    if (findings !== store.getState().findings)
      store.setState({ findings, byTable: adviceByTable(findings) });
  }, [store, design, stats]);
  return <Context.Provider value={store}>{children}</Context.Provider>;
}

/** Reads the advisor; outside a provider (the review page's canvas) there is nothing to read. */
export function useAdvisor<T>(selector: (s: AdvisorState) => T): T {
  const store = useContext(Context) ?? FALLBACK;
  return useStore(store, selector);
}

const FALLBACK = createAdvisorStore();
