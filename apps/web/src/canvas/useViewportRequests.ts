import { getViewportForBounds, useReactFlow, useStoreApi } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useProject } from '../store/ProjectStoreContext.tsx';
import { selectFitRequest, selectFocus } from '../store/selectors.ts';
import { type Rect, type Scene, sceneBounds } from './overview/scene.ts';

const DURATION = 300;

/**
 * Zoom-to-fit and focus-a-table requests from the toolbar and the search dialog. Both fit boxes computed from
 * the layout, not React Flow's nodes: zoomed out, the tables are drawn on the overview and React Flow holds
 * them as hidden nodes, which its own fitView skips.
 */
export function useViewportRequests(scene: Scene) {
  const flow = useReactFlow();
  const rf = useStoreApi();
  const focus = useProject(selectFocus);
  const fit = useProject(selectFitRequest);
  const latest = useRef(scene);
  latest.current = scene;

  useEffect(() => {
    const showRect = (rect: Rect, minZoom: number, maxZoom: number, padding: number) => {
      const { width, height } = rf.getState();
      void flow.setViewport(getViewportForBounds(rect, width, height, minZoom, maxZoom, padding), {
        duration: DURATION,
      });
    };
    if (!focus) return;
    // Wait a frame: a table just un-hidden is not in the scene yet.
    const frame = requestAnimationFrame(() => {
      const rect = sceneBounds(latest.current, new Set([focus.key]));
      if (rect) showRect(rect, 0.6, 1.2, 0.1);
    });
    return () => cancelAnimationFrame(frame);
  }, [focus, flow, rf]);

  useEffect(() => {
    if (fit === 0) return;
    const rect = sceneBounds(latest.current);
    if (!rect) return;
    const { width, height, minZoom, maxZoom } = rf.getState();
    void flow.setViewport(getViewportForBounds(rect, width, height, minZoom, maxZoom, 0.1), {
      duration: DURATION,
    });
  }, [fit, flow, rf]);
}
