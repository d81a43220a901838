import type { ReactFlowState } from '@xyflow/react';
import { drawOverview } from './draw.ts';
import type { Scene } from './scene.ts';
import { useCanvasFrames } from './useCanvasFrames.ts';

interface Props {
  readonly scene: Scene;
  readonly selection: ReadonlySet<string>;
  /** The theme's name: the palette is read again when it changes. */
  readonly theme: string;
}

const flowSize = (view: ReactFlowState) => ({ width: view.width, height: view.height });

/**
 * The zoomed-out canvas: every table in view drawn on one `<canvas>` instead of one DOM node each, redrawn on
 * the next frame after a pan, a zoom or a change of the design. Pointer input goes to the pane underneath
 * (see useOverviewGestures); assistive tech gets a description, and the search dialog reaches any table.
 */
export function OverviewLayer({ scene, selection, theme }: Props) {
  const canvas = useCanvasFrames(
    theme,
    flowSize,
    ({ ctx, palette, ratio, view: { transform, width, height } }) => {
      const view = { x: transform[0], y: transform[1], zoom: transform[2], width, height };
      drawOverview(ctx, scene, view, selection, palette, ratio);
    },
    [scene, selection],
  );

  return (
    <canvas
      ref={canvas}
      className="overview-layer"
      role="img"
      aria-label={`Overview of ${scene.tables.length} tables and ${scene.relations} relations. Zoom in to see columns; drag a table to move it, double-click it to zoom to it.`}
    />
  );
}
