import { describe, expect, it } from 'vitest';
import {
  clampPanelHeight,
  KEY_STEP_PX,
  keyedPanelHeight,
  MIN_CANVAS_PX,
  MIN_PANEL_PX,
  parseStoredHeight,
} from './panel-height.ts';

describe('bottom panel height', () => {
  it('keeps the panels and the canvas usable', () => {
    expect(clampPanelHeight(50, 800)).toBe(MIN_PANEL_PX);
    expect(clampPanelHeight(5000, 800)).toBe(800 - MIN_CANVAS_PX);
    expect(clampPanelHeight(300.4, 800)).toBe(300);
    // A window too small for both: the panels keep their minimum.
    expect(clampPanelHeight(300, 200)).toBe(MIN_PANEL_PX);
  });

  it('moves by a step for the arrows, four for the page keys, to the ends for Home and End', () => {
    expect(keyedPanelHeight('ArrowUp', 300, 800)).toBe(300 + KEY_STEP_PX);
    expect(keyedPanelHeight('ArrowDown', 300, 800)).toBe(300 - KEY_STEP_PX);
    expect(keyedPanelHeight('PageUp', 300, 800)).toBe(300 + 4 * KEY_STEP_PX);
    expect(keyedPanelHeight('Home', 300, 800)).toBe(MIN_PANEL_PX);
    expect(keyedPanelHeight('End', 300, 800)).toBe(800 - MIN_CANVAS_PX);
    expect(keyedPanelHeight('a', 300, 800)).toBeUndefined();
  });

  it('reads back only a sensible stored height', () => {
    expect(parseStoredHeight('320')).toBe(320);
    expect(parseStoredHeight(null)).toBeUndefined();
    expect(parseStoredHeight('tall')).toBeUndefined();
    expect(parseStoredHeight('-4')).toBeUndefined();
  });
});
