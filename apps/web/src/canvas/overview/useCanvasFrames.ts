import { type ReactFlowState, useStoreApi } from '@xyflow/react';
import { type RefObject, useEffect, useRef } from 'react';
import { type Palette, readPalette } from './draw.ts';

/** What one frame draws with: the canvas sized for the screen, the theme's colors, React Flow's view. */
export interface CanvasFrame {
  readonly canvas: HTMLCanvasElement;
  readonly ctx: CanvasRenderingContext2D;
  readonly palette: Palette;
  readonly ratio: number;
  readonly view: ReactFlowState;
}

/**
 * Draws a canvas on the next animation frame whenever React Flow's view (pan, zoom, size) or `inputs` change,
 * at most once per frame. `size` gives the canvas's CSS size for a view; the palette is read again when the
 * theme changes. `draw` may change between renders: the latest one runs.
 */
export function useCanvasFrames(
  theme: string,
  size: (view: ReactFlowState) => { width: number; height: number },
  draw: (frame: CanvasFrame) => void,
  inputs: readonly unknown[],
): RefObject<HTMLCanvasElement | null> {
  const canvas = useRef<HTMLCanvasElement>(null);
  const rf = useStoreApi();
  const latest = useRef({ theme, size, draw, palette: null as Palette | null, paletteOf: '' });
  latest.current.theme = theme;
  latest.current.size = size;
  latest.current.draw = draw;
  const frame = useRef(0);

  const schedule = useRef(() => {
    frame.current ||= requestAnimationFrame(() => {
      frame.current = 0;
      const element = canvas.current;
      const ctx = element?.getContext('2d');
      if (!element || !ctx) return;
      const state = latest.current;
      const view = rf.getState();
      const ratio = window.devicePixelRatio || 1;
      const { width, height } = state.size(view);
      if (element.width !== Math.round(width * ratio) || element.height !== Math.round(height * ratio)) {
        element.width = Math.round(width * ratio);
        element.height = Math.round(height * ratio);
      }
      if (!state.palette || state.paletteOf !== state.theme) {
        state.palette = readPalette(element);
        state.paletteOf = state.theme;
      }
      state.draw({ canvas: element, ctx, palette: state.palette, ratio, view });
    });
  });

  useEffect(() => {
    const redraw = schedule.current;
    const unsubscribe = rf.subscribe((s, previous) => {
      if (s.transform !== previous.transform || s.width !== previous.width || s.height !== previous.height)
        redraw();
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame.current);
      frame.current = 0;
    };
  }, [rf]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `inputs` are what the caller's drawing reads
  useEffect(() => {
    schedule.current();
  }, [theme, ...inputs]);

  return canvas;
}
