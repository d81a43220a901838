import { type RefObject, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import {
  anchoredScroll,
  type DiagramZoom,
  effectiveScale,
  fitScale,
  type ScrollAnchor,
  zoomByWheel,
} from './diagram-zoom.ts';

interface PendingScroll {
  readonly scroll: { left: number; top: number };
  readonly anchor: ScrollAnchor;
  readonly from: number;
}

export interface DiagramViewport {
  /** The scale the diagram is drawn at now (fit resolved to a number). */
  readonly scale: number;
  readonly zoom: DiagramZoom;
  /** Sets the zoom, keeping the point under `anchor` (the view's middle by default) where it is. */
  readonly setZoom: (zoom: DiagramZoom, anchor?: ScrollAnchor) => void;
}

/**
 * Sizes Mermaid's SVG inside a scrolling viewport: `svg` is the drawn markup (re-read when it changes, e.g. on
 * a theme switch), the viewport's width decides what "fit" is, Ctrl/Cmd + wheel zooms at the pointer, and a
 * drag with the primary button pans.
 */
export function useDiagramViewport(viewport: RefObject<HTMLElement | null>, svg: string): DiagramViewport {
  const [zoom, setZoomState] = useState<DiagramZoom>(null);
  const natural = useNaturalSize(viewport, svg);
  const width = useViewportWidth(viewport);
  const fit = fitScale(width, natural.width);
  const scale = effectiveScale(zoom, fit);
  const pending = useRef<PendingScroll | null>(null);

  const setZoom = useCallback(
    (next: DiagramZoom, anchor?: ScrollAnchor) => {
      const element = viewport.current;
      if (element) {
        pending.current = {
          scroll: { left: element.scrollLeft, top: element.scrollTop },
          anchor: anchor ?? { x: element.clientWidth / 2, y: element.clientHeight / 2 },
          from: scale,
        };
      }
      setZoomState(next);
    },
    [viewport, scale],
  );

  useLayoutEffect(() => {
    const element = viewport.current;
    const drawn = element?.querySelector('svg');
    if (!element || !drawn || natural.width <= 0) return;
    // Mermaid caps the SVG at its own width with an inline max-width; the viewer decides the size instead.
    drawn.style.maxWidth = 'none';
    drawn.style.width = `${natural.width * scale}px`;
    drawn.style.height = `${natural.height * scale}px`;
    const move = pending.current;
    pending.current = null;
    if (move && move.from > 0) {
      const to = anchoredScroll(move.scroll, move.anchor, move.from, scale);
      element.scrollLeft = to.left;
      element.scrollTop = to.top;
    }
  }, [viewport, natural, scale]);

  useWheelZoom(viewport, zoom, fit, setZoom);
  useDragToPan(viewport);
  return { scale, zoom, setZoom };
}

/** The drawn diagram's own size, from its viewBox (Mermaid always writes one). */
function useNaturalSize(viewport: RefObject<HTMLElement | null>, svg: string) {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const box = viewport.current?.querySelector('svg')?.viewBox.baseVal;
    // `svg` is read so that a redrawn diagram (new markup) is measured again.
    if (box && svg) setSize({ width: box.width, height: box.height });
  }, [viewport, svg]);
  return size;
}

function useViewportWidth(viewport: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = viewport.current;
    if (!element) return;
    setWidth(element.clientWidth);
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, [viewport]);
  return width;
}

/** Ctrl/Cmd + wheel (and a trackpad's pinch, which browsers send as one) zooms at the pointer. */
function useWheelZoom(
  viewport: RefObject<HTMLElement | null>,
  zoom: DiagramZoom,
  fit: number,
  setZoom: DiagramViewport['setZoom'],
) {
  const latest = useRef({ zoom, fit, setZoom });
  latest.current = { zoom, fit, setZoom };
  useEffect(() => {
    const element = viewport.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey && !event.metaKey) return; // a plain wheel scrolls, as everywhere else
      event.preventDefault();
      const bounds = element.getBoundingClientRect();
      const { zoom: now, fit: fitted, setZoom: set } = latest.current;
      set(zoomByWheel(now, fitted, event.deltaY), {
        x: event.clientX - bounds.left,
        y: event.clientY - bounds.top,
      });
    };
    // Not passive: the page itself must not zoom.
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [viewport]);
}

/** Pressing the primary button on the diagram and dragging scrolls the viewport with the pointer. */
function useDragToPan(viewport: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const element = viewport.current;
    if (!element) return;
    let start: { x: number; y: number; left: number; top: number } | null = null;
    const onDown = (event: PointerEvent) => {
      if (event.button !== 0) return;
      start = { x: event.clientX, y: event.clientY, left: element.scrollLeft, top: element.scrollTop };
      element.setPointerCapture(event.pointerId);
      element.classList.add('panning');
    };
    const onMove = (event: PointerEvent) => {
      if (!start) return;
      element.scrollLeft = start.left - (event.clientX - start.x);
      element.scrollTop = start.top - (event.clientY - start.y);
    };
    const onUp = (event: PointerEvent) => {
      if (!start) return;
      start = null;
      if (element.hasPointerCapture(event.pointerId)) element.releasePointerCapture(event.pointerId);
      element.classList.remove('panning');
    };
    element.addEventListener('pointerdown', onDown);
    element.addEventListener('pointermove', onMove);
    element.addEventListener('pointerup', onUp);
    element.addEventListener('pointercancel', onUp);
    return () => {
      element.removeEventListener('pointerdown', onDown);
      element.removeEventListener('pointermove', onMove);
      element.removeEventListener('pointerup', onUp);
      element.removeEventListener('pointercancel', onUp);
    };
  }, [viewport]);
}
