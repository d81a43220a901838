import { Panel, useReactFlow, useStoreApi } from '@xyflow/react';
import { type PointerEvent, useRef, type WheelEvent } from 'react';
import { type Palette, visibleRect } from './draw.ts';
import { type Rect, type Scene, sceneBounds } from './scene.ts';
import { useCanvasFrames } from './useCanvasFrames.ts';

const WIDTH = 200;
const HEIGHT = 150;
const MARGIN = 8;

/** Maps flow coordinates into the minimap: everything drawn, and the view, fit its box. */
interface Fit {
  readonly scale: number;
  readonly x: number;
  readonly y: number;
}

function fitInto(bounds: Rect): Fit {
  const scale = Math.min((WIDTH - 2 * MARGIN) / bounds.width, (HEIGHT - 2 * MARGIN) / bounds.height);
  return {
    scale,
    x: MARGIN + (WIDTH - 2 * MARGIN - bounds.width * scale) / 2 - bounds.x * scale,
    y: MARGIN + (HEIGHT - 2 * MARGIN - bounds.height * scale) / 2 - bounds.y * scale,
  };
}

function union(a: Rect, b: Rect): Rect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}

function draw(ctx: CanvasRenderingContext2D, scene: Scene, view: Rect, palette: Palette, ratio: number): Fit {
  const content = sceneBounds(scene);
  const fit = fitInto(content ? union(content, view) : view);
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, WIDTH, HEIGHT);
  ctx.fillStyle = palette.nodeBg;
  ctx.fillRect(0, 0, WIDTH, HEIGHT);
  ctx.beginPath();
  for (const t of scene.tables) {
    ctx.rect(
      t.x * fit.scale + fit.x,
      t.y * fit.scale + fit.y,
      Math.max(1, t.width * fit.scale),
      Math.max(1, t.height * fit.scale),
    );
  }
  ctx.fillStyle = palette.border;
  ctx.fill();
  ctx.strokeStyle = palette.accent;
  ctx.lineWidth = 1.5;
  ctx.strokeRect(
    view.x * fit.scale + fit.x,
    view.y * fit.scale + fit.y,
    view.width * fit.scale,
    view.height * fit.scale,
  );
  return fit;
}

const minimapSize = () => ({ width: WIDTH, height: HEIGHT });

/**
 * The minimap, drawn on a canvas: every shown table as a small box and the view as a frame. Press or drag on it
 * to move the view there; the wheel zooms. (React Flow's own minimap draws an SVG element per node and skips
 * hidden ones, and the zoomed-out canvas hides them all.)
 */
export function Minimap({ scene, theme }: { scene: Scene; theme: string }) {
  const rf = useStoreApi();
  const flow = useReactFlow();
  // Where the last frame put things, so a press can be turned back into flow coordinates.
  const fitted = useRef<Fit | null>(null);
  const canvas = useCanvasFrames(
    theme,
    minimapSize,
    ({ ctx, palette, ratio, view: { transform, width, height } }) => {
      const view = visibleRect({ x: transform[0], y: transform[1], zoom: transform[2], width, height });
      fitted.current = draw(ctx, scene, view, palette, ratio);
    },
    [scene],
  );

  /** Centres the view on the flow point under the pointer. */
  const centreAt = (e: PointerEvent<HTMLCanvasElement>) => {
    const fit = fitted.current;
    if (!fit) return;
    const box = e.currentTarget.getBoundingClientRect();
    const fx = (e.clientX - box.left - fit.x) / fit.scale;
    const fy = (e.clientY - box.top - fit.y) / fit.scale;
    const { width, height, transform } = rf.getState();
    const zoom = transform[2];
    void flow.setViewport({ x: width / 2 - fx * zoom, y: height / 2 - fy * zoom, zoom });
  };

  const onWheel = (e: WheelEvent<HTMLCanvasElement>) => {
    const zoom = rf.getState().transform[2];
    void flow.zoomTo(zoom * (e.deltaY < 0 ? 1.2 : 1 / 1.2));
  };

  return (
    <Panel position="bottom-right" className="minimap-panel">
      <canvas
        ref={canvas}
        className="minimap"
        style={{ width: WIDTH, height: HEIGHT }}
        role="img"
        aria-label={`Minimap of ${scene.tables.length} tables: press or drag to move the view, scroll to zoom`}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          centreAt(e);
        }}
        onPointerMove={(e) => {
          if (e.currentTarget.hasPointerCapture(e.pointerId)) centreAt(e);
        }}
        onWheel={onWheel}
      />
    </Panel>
  );
}
