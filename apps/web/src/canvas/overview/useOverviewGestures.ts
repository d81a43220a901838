import { useReactFlow, useStoreApi } from '@xyflow/react';
import { type MouseEvent, type PointerEvent, type RefObject, useCallback, useMemo, useRef } from 'react';
import type { Position } from '../../lib/types.ts';
import { useProjectStoreApi } from '../../store/ProjectStoreContext.tsx';
import { type Scene, type SceneTable, tableAt } from './scene.ts';

const onPane = (target: EventTarget) => target instanceof Element && !!target.closest('.react-flow__pane');
const additive = (e: { shiftKey: boolean; metaKey: boolean; ctrlKey: boolean }) =>
  e.shiftKey || e.metaKey || e.ctrlKey;

/**
 * Pointer gestures on the drawn overview, where tables have no DOM node: press a table to select it (Shift,
 * Ctrl or Cmd to add it to the selection), drag to move it with the rest of the selection, double-click to
 * zoom to it. A press on empty space is left to React Flow, which pans. The handlers run in the capture phase
 * and stop the event only when a table is hit, so React Flow never starts a pan under a dragged table.
 */
export function useOverviewGestures(scene: RefObject<Scene | null>) {
  const flow = useReactFlow();
  const rf = useStoreApi();
  const store = useProjectStoreApi();
  /** The press went to a table: its click must not reach the pane, which would clear the selection. */
  const pressedTable = useRef(false);

  const hit = useCallback(
    (e: { clientX: number; clientY: number; target: EventTarget }): SceneTable | null => {
      if (!scene.current || !onPane(e.target)) return null;
      return tableAt(scene.current, flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }));
    },
    [flow, scene],
  );

  const startDrag = useCallback(
    (e: PointerEvent, keys: readonly string[]) => {
      const zoom = rf.getState().transform[2];
      const { positions } = store.getState().layout;
      const from = new Map(keys.flatMap((k) => (positions[k] ? [[k, positions[k]] as const] : [])));
      const start = { x: e.clientX, y: e.clientY };
      let pending: Record<string, Position> | null = null;
      let frame = 0;
      const flush = () => {
        frame = 0;
        if (pending) store.getState().actions.moveTables(pending);
        pending = null;
      };
      const move = (m: globalThis.PointerEvent) => {
        const dx = (m.clientX - start.x) / zoom;
        const dy = (m.clientY - start.y) / zoom;
        pending = Object.fromEntries([...from].map(([k, p]) => [k, { x: p.x + dx, y: p.y + dy }]));
        frame ||= requestAnimationFrame(flush);
      };
      const end = () => {
        window.removeEventListener('pointermove', move);
        window.removeEventListener('pointerup', end);
        window.removeEventListener('pointercancel', end);
        cancelAnimationFrame(frame);
        flush();
      };
      window.addEventListener('pointermove', move);
      window.addEventListener('pointerup', end);
      window.addEventListener('pointercancel', end);
    },
    [rf, store],
  );

  const onPointerDownCapture = useCallback(
    (e: PointerEvent) => {
      if (e.button !== 0) return;
      const table = hit(e);
      pressedTable.current = !!table;
      if (!table) return;
      e.stopPropagation();
      e.preventDefault();
      const { selection, actions } = store.getState();
      const selected = selection.includes(table.key);
      if (additive(e)) {
        actions.select(selected ? selection.filter((k) => k !== table.key) : [...selection, table.key]);
        return;
      }
      const moving = selected ? selection : [table.key];
      if (!selected) actions.select(moving);
      startDrag(e, moving);
    },
    [hit, startDrag, store],
  );

  // React Flow pans on mousedown and zooms on dblclick (d3-zoom): neither may start on a table.
  const onMouseDownCapture = useCallback(
    (e: MouseEvent) => {
      if (hit(e)) e.stopPropagation();
    },
    [hit],
  );
  const onClickCapture = useCallback((e: MouseEvent) => {
    if (!pressedTable.current) return;
    pressedTable.current = false;
    e.stopPropagation();
  }, []);
  const onDoubleClickCapture = useCallback(
    (e: MouseEvent) => {
      const table = hit(e);
      if (!table) return;
      e.stopPropagation();
      store.getState().actions.focusTable(table.key);
    },
    [hit, store],
  );

  return useMemo(
    () => ({ onPointerDownCapture, onMouseDownCapture, onClickCapture, onDoubleClickCapture }),
    [onPointerDownCapture, onMouseDownCapture, onClickCapture, onDoubleClickCapture],
  );
}
