import { useCallback, useEffect, useRef, useState } from 'react';
import { autoLayout } from '../canvas/auto-layout.ts';
import { gridPositions, tableKey } from '../store/positions.ts';
import type { ProjectState, ProjectStore } from '../store/project-store.ts';

/** A project opened with tables but no positions is laid out at once. */
const needsFirstLayout = (s: ProjectState) =>
  s.design.tables.length > 0 && Object.keys(s.layout.positions).length === 0;

/**
 * Auto layout (ELK in a worker) on demand, and once on open when the project has tables but no positions:
 * a grid first so the canvas is usable at once, then ELK's result when it arrives. `running` is true from the
 * first render when that first layout is due, so the canvas is marked busy before the tables move.
 */
export function useAutoLayout(store: ProjectStore) {
  const [running, setRunning] = useState(() => needsFirstLayout(store.getState()));
  const started = useRef(false);
  const run = useCallback(async () => {
    setRunning(true);
    try {
      const s = store.getState();
      const positions = await autoLayout(s.design, s.layout.hidden);
      store.getState().actions.moveTables(positions);
      if (s.design.tables.length <= 150) store.getState().actions.requestFit();
    } catch (error) {
      console.warn('auto layout failed', error);
    } finally {
      setRunning(false);
    }
  }, [store]);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const s = store.getState();
    if (!needsFirstLayout(s)) return;
    s.actions.setPositions(gridPositions(s.design.tables.map(tableKey), []));
    void run();
  }, [store, run]);
  return { running, run };
}
