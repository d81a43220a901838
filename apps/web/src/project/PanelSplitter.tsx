import { type KeyboardEvent, type PointerEvent, useEffect, useRef, useState } from 'react';
import { keyedPanelHeight } from './panel-height.ts';
import type { PanelHeight } from './usePanelHeight.ts';

/**
 * The bar between the canvas and the bottom panels (WAI-ARIA window splitter): drag it, or focus it and use
 * the arrow keys (Page Up/Down for bigger steps, Home and End for the ends). Its value is the panels' share
 * of the room below the toolbar, in percent.
 */
export function PanelSplitter({ panel }: { panel: PanelHeight }) {
  const drag = useRef<{ y: number; height: number } | null>(null);
  const [share, setShare] = useState(0);
  // Measured once the workspace is laid out (the default height comes from CSS, not from state), again after
  // each resize of the panels or the window.
  useEffect(() => {
    void panel.height;
    const update = () => {
      const { height, available } = panel.measure();
      setShare(available > 0 ? Math.round((height / available) * 100) : 0);
    };
    update();
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, [panel.height, panel.measure]);
  const onKeyDown = (event: KeyboardEvent) => {
    const now = panel.measure();
    const next = keyedPanelHeight(event.key, now.height, now.available);
    if (next === undefined) return;
    event.preventDefault();
    panel.setHeight(next);
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    drag.current = { y: event.clientY, height: panel.measure().height };
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const start = drag.current;
    if (start) panel.setHeight(start.height + (start.y - event.clientY));
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    drag.current = null;
    if (event.currentTarget.hasPointerCapture(event.pointerId))
      event.currentTarget.releasePointerCapture(event.pointerId);
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: a focusable window splitter has no HTML element; <hr> is not interactive
    <div
      role="separator"
      aria-orientation="horizontal"
      aria-label="Resize the bottom panels"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={share}
      tabIndex={0}
      className="panel-splitter"
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
    />
  );
}
