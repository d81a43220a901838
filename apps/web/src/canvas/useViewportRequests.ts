import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { useProject } from '../store/ProjectStoreContext.tsx';
import { selectFitRequest, selectFocus } from '../store/selectors.ts';

/** Zoom-to-fit and focus-a-table requests from the toolbar and the search dialog. */
export function useViewportRequests() {
  const flow = useReactFlow();
  const focus = useProject(selectFocus);
  const fit = useProject(selectFitRequest);
  useEffect(() => {
    if (!focus) return;
    // Wait a frame: a table just un-hidden is not in the viewport's node list yet.
    const frame = requestAnimationFrame(() => {
      flow.fitView({ nodes: [{ id: focus.key }], duration: 300, maxZoom: 1.2, minZoom: 0.6 });
    });
    return () => cancelAnimationFrame(frame);
  }, [focus, flow]);
  useEffect(() => {
    if (fit > 0) flow.fitView({ duration: 300, padding: 0.1 });
  }, [fit, flow]);
}
