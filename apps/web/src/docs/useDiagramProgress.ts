import { useCallback, useMemo, useState } from 'react';

export interface DiagramProgress {
  readonly total: number;
  readonly settled: number;
  /** The callback for diagram `index`: whether it is drawn (or failed) by now. */
  settle(index: number): (settled: boolean) => void;
}

/** Counts the diagrams of a document that are drawn or failed, for "Rendering diagrams… (1 of 3)". */
export function useDiagramProgress(total: number): DiagramProgress {
  const [done, setDone] = useState<ReadonlySet<number>>(new Set());
  const callbacks = useMemo(() => new Map<number, (settled: boolean) => void>(), []);
  const settle = useCallback(
    (index: number) => {
      let callback = callbacks.get(index);
      if (!callback) {
        callback = (settled: boolean) =>
          setDone((previous) => {
            if (previous.has(index) === settled) return previous;
            const next = new Set(previous);
            if (settled) next.add(index);
            else next.delete(index);
            return next;
          });
        callbacks.set(index, callback);
      }
      return callback;
    },
    [callbacks],
  );
  return { total, settled: done.size, settle };
}
