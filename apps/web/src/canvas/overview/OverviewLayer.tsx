import { useStoreApi } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { drawOverview, type Palette, readPalette } from './draw.ts';
import type { Scene } from './scene.ts';

interface Props {
  readonly scene: Scene;
  readonly selection: ReadonlySet<string>;
  /** The theme's name: the palette is read again when it changes. */
  readonly theme: string;
}

/**
 * The zoomed-out canvas: every table in view drawn on one `<canvas>` instead of one DOM node each, redrawn on
 * the next frame after a pan, a zoom or a change of the design. Pointer input goes to the pane underneath
 * (see useOverviewGestures); assistive tech gets a description, and the search dialog reaches any table.
 */
export function OverviewLayer({ scene, selection, theme }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const rf = useStoreApi();
  const latest = useRef({ scene, selection, theme, palette: null as Palette | null, paletteOf: '' });
  const frame = useRef(0);

  const schedule = useRef(() => {
    frame.current ||= requestAnimationFrame(() => {
      frame.current = 0;
      const element = canvas.current;
      const ctx = element?.getContext('2d');
      if (!element || !ctx) return;
      const { transform, width, height } = rf.getState();
      const ratio = window.devicePixelRatio || 1;
      if (element.width !== Math.round(width * ratio) || element.height !== Math.round(height * ratio)) {
        element.width = Math.round(width * ratio);
        element.height = Math.round(height * ratio);
      }
      const state = latest.current;
      if (!state.palette || state.paletteOf !== state.theme) {
        state.palette = readPalette(element);
        state.paletteOf = state.theme;
      }
      const view = { x: transform[0], y: transform[1], zoom: transform[2], width, height };
      drawOverview(ctx, state.scene, view, state.selection, state.palette, ratio);
    });
  });

  useEffect(() => {
    const draw = schedule.current;
    const unsubscribe = rf.subscribe((s, previous) => {
      if (s.transform !== previous.transform || s.width !== previous.width || s.height !== previous.height)
        draw();
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame.current);
      frame.current = 0;
    };
  }, [rf]);

  useEffect(() => {
    Object.assign(latest.current, { scene, selection, theme });
    schedule.current();
  }, [scene, selection, theme]);

  return (
    <canvas
      ref={canvas}
      className="overview-layer"
      role="img"
      aria-label={`Overview of ${scene.tables.length} tables and ${scene.relations} relations. Zoom in to see columns; drag a table to move it, double-click it to zoom to it.`}
    />
  );
}
