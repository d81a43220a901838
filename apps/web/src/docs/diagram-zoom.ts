/**
 * Zoom for a drawn Mermaid diagram. A large ERD fitted to the preview's width is too small to read, so the
 * viewer zooms in steps, keeps the point at the middle of the view where it was, and can go back to fit.
 */

/** `null` is "fit the width" (never wider than Mermaid's own size); a number is a scale of the drawn size. */
export type DiagramZoom = number | null;

export const MIN_SCALE = 0.1;
export const MAX_SCALE = 4;
const STEP = 1.25;

const clamp = (scale: number) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));

/** The scale "fit" means: the viewport's width over the diagram's, but never above its own size. */
export function fitScale(viewportWidth: number, naturalWidth: number): number {
  if (naturalWidth <= 0 || viewportWidth <= 0) return 1;
  return Math.min(1, viewportWidth / naturalWidth);
}

/** The scale a zoom stands for, given what fit is now. */
export function effectiveScale(zoom: DiagramZoom, fit: number): number {
  return zoom ?? fit;
}

/** One step in; from fit, the step starts at the fitted scale so the first press is never a jump. */
export function zoomIn(zoom: DiagramZoom, fit: number): number {
  return clamp(effectiveScale(zoom, fit) * STEP);
}

export function zoomOut(zoom: DiagramZoom, fit: number): number {
  return clamp(effectiveScale(zoom, fit) / STEP);
}

/** A wheel's worth of zoom: smooth for trackpads (small deltas), one step at most per event. */
export function zoomByWheel(zoom: DiagramZoom, fit: number, deltaY: number): number {
  const factor = Math.min(STEP, Math.max(1 / STEP, Math.exp(-deltaY / 300)));
  return clamp(effectiveScale(zoom, fit) * factor);
}

export const zoomLabel = (scale: number) => `${Math.round(scale * 100)}%`;

export interface ScrollAnchor {
  /** The point kept in place, in the viewport's coordinates (pixels from its top-left corner). */
  readonly x: number;
  readonly y: number;
}

/**
 * Where to scroll after a change of scale so that the diagram point under `anchor` stays under it.
 * `scroll` is the scroll position before the change.
 */
export function anchoredScroll(
  scroll: { readonly left: number; readonly top: number },
  anchor: ScrollAnchor,
  from: number,
  to: number,
): { left: number; top: number } {
  const ratio = to / from;
  return {
    left: Math.max(0, (scroll.left + anchor.x) * ratio - anchor.x),
    top: Math.max(0, (scroll.top + anchor.y) * ratio - anchor.y),
  };
}
