import { type KeyboardEvent, useRef } from 'react';
import { zoomIn, zoomLabel, zoomOut } from './diagram-zoom.ts';
import { useDiagramViewport } from './useDiagramViewport.ts';

interface ZoomableDiagramProps {
  /** Mermaid's SVG markup, drawn in strict mode. */
  readonly svg: string;
  /** Names the diagram among others in the same file ("Diagram 2"). */
  readonly label: string;
}

/**
 * A drawn diagram in a scrolling viewport with zoom controls. It opens fitted to the width; a large ERD then
 * needs zooming in to be read, with the buttons, + / - / 0 / 1 on the focused viewport, or Ctrl + wheel, and
 * dragging pans.
 */
export function ZoomableDiagram({ svg, label }: ZoomableDiagramProps) {
  const viewport = useRef<HTMLElement>(null);
  const { scale, zoom, setZoom } = useDiagramViewport(viewport, svg);
  const fit = zoom === null;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const next = keyZoom(event.key, scale);
    if (next === undefined) return;
    event.preventDefault();
    setZoom(next);
  };
  return (
    <figure className="mermaid-diagram">
      <div role="toolbar" aria-label={`${label} zoom`} className="diagram-toolbar">
        <button
          type="button"
          aria-label="Zoom out"
          title="Zoom out (-)"
          onClick={() => setZoom(zoomOut(zoom, scale))}
        >
          −
        </button>
        <span className="diagram-scale" title="Zoom level">
          {zoomLabel(scale)}
        </span>
        <button
          type="button"
          aria-label="Zoom in"
          title="Zoom in (+)"
          onClick={() => setZoom(zoomIn(zoom, scale))}
        >
          +
        </button>
        <button type="button" aria-pressed={fit} title="Fit the width (0)" onClick={() => setZoom(null)}>
          Fit width
        </button>
        <button type="button" aria-pressed={zoom === 1} title="Actual size (1)" onClick={() => setZoom(1)}>
          Actual size
        </button>
      </div>
      {/* Mermaid's SVG keeps its own accessible description inside the region. */}
      <section
        ref={viewport}
        className="diagram-viewport"
        aria-label={`${label}: drag to pan; + and - zoom, 0 fits the width`}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
        tabIndex={0}
        onKeyDown={onKeyDown}
        // biome-ignore lint/security/noDangerouslySetInnerHtml: SVG from Mermaid with securityLevel 'strict'
        dangerouslySetInnerHTML={{ __html: svg }}
      />
    </figure>
  );
}

/** The zoom a key asks for on the focused viewport: `null` is fit, `undefined` is not a zoom key. */
function keyZoom(key: string, scale: number): number | null | undefined {
  if (key === '+' || key === '=') return zoomIn(scale, scale);
  if (key === '-' || key === '_') return zoomOut(scale, scale);
  if (key === '0') return null;
  if (key === '1') return 1;
  return undefined;
}
