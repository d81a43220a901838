import { useCallback, useEffect, useRef, useState } from 'react';
import { autoLayout } from '../canvas/auto-layout.ts';
import { gridPositions, tableKey } from '../store/positions.ts';
import type { ProjectStore } from '../store/project-store.ts';

/**
 * Auto layout (ELK in a worker) on demand, and once on open when the project has tables but no positions:
 * a grid first so the canvas is usable at once, then ELK's result when it arrives.
 */
export function useAutoLayout(store: ProjectStore) {
  const [running, setRunning] = useState(false);
  const started = useRef(false);
  const run = useCallback(async () => {
    setRunning(true);
    try {
      const s = store.getState();
      const positions = await autoLayout(s.design, s.measured, s.layout.hidden);
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
    if (s.design.tables.length === 0 || Object.keys(s.layout.positions).length > 0) return;
    s.actions.setPositions(gridPositions(s.design.tables.map(tableKey), []));
    void run();
  }, [store, run]);
  return { running, run };
}
