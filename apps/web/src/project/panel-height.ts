/**
 * The height of the workspace's bottom panels (SQL editor, migration, advisor), which people resize with the
 * splitter above them. Kept within what leaves both the canvas and the panels usable, and remembered per
 * browser.
 */

export const MIN_PANEL_PX = 120;
/** The canvas keeps at least this much (plus the toolbar) however tall the panels get. */
export const MIN_CANVAS_PX = 160;
/** One arrow key press; Page Up/Down moves four times as far. */
export const KEY_STEP_PX = 32;
export const STORAGE_KEY = 'schema-studio.bottom-panel-height';

/** The height within bounds for a workspace of `available` pixels below the toolbar. */
export function clampPanelHeight(height: number, available: number): number {
  const max = Math.max(MIN_PANEL_PX, available - MIN_CANVAS_PX);
  return Math.round(Math.min(max, Math.max(MIN_PANEL_PX, height)));
}

/** The new height for a key on the splitter, or undefined for a key it does not handle. */
export function keyedPanelHeight(key: string, height: number, available: number): number | undefined {
  const moves: Record<string, number> = {
    ArrowUp: height + KEY_STEP_PX,
    ArrowDown: height - KEY_STEP_PX,
    PageUp: height + 4 * KEY_STEP_PX,
    PageDown: height - 4 * KEY_STEP_PX,
    Home: MIN_PANEL_PX,
    End: Number.POSITIVE_INFINITY,
  };
  const next = moves[key];
  return next === undefined ? undefined : clampPanelHeight(next, available);
}

/** A stored height, if there is a sensible one. */
export function parseStoredHeight(text: string | null): number | undefined {
  const value = Number(text);
  return text !== null && Number.isFinite(value) && value > 0 ? value : undefined;
}
