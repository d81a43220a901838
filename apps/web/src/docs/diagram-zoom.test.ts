import { describe, expect, it } from 'vitest';
import {
  anchoredScroll,
  effectiveScale,
  fitScale,
  MAX_SCALE,
  MIN_SCALE,
  zoomByWheel,
  zoomIn,
  zoomLabel,
  zoomOut,
} from './diagram-zoom.ts';

describe('diagram zoom', () => {
  it('fits a wide diagram to the viewport and never enlarges a small one', () => {
    expect(fitScale(800, 4000)).toBe(0.2);
    expect(fitScale(800, 400)).toBe(1);
    expect(fitScale(800, 0)).toBe(1);
  });

  it('steps in and out from the fitted scale, within the limits', () => {
    expect(effectiveScale(null, 0.2)).toBe(0.2);
    expect(zoomIn(null, 0.2)).toBeCloseTo(0.25);
    expect(zoomOut(null, 0.2)).toBeCloseTo(0.16);
    expect(zoomIn(1, 0.2)).toBeCloseTo(1.25);
    expect(zoomIn(MAX_SCALE, 0.2)).toBe(MAX_SCALE);
    expect(zoomOut(MIN_SCALE, 0.2)).toBe(MIN_SCALE);
  });

  it('zooms in for a wheel turned up, out for down, at most one step per event', () => {
    expect(zoomByWheel(1, 0.5, -50)).toBeGreaterThan(1);
    expect(zoomByWheel(1, 0.5, 50)).toBeLessThan(1);
    expect(zoomByWheel(1, 0.5, -5000)).toBeCloseTo(1.25);
    expect(zoomByWheel(1, 0.5, 5000)).toBeCloseTo(0.8);
  });

  it('labels the scale as a percentage', () => {
    expect(zoomLabel(0.234)).toBe('23%');
    expect(zoomLabel(1)).toBe('100%');
  });

  it('keeps the anchored point in place when the scale changes', () => {
    // The point 100 px into the view, scrolled 300 px: 400 px into the content at scale 1, 800 at scale 2.
    expect(anchoredScroll({ left: 300, top: 0 }, { x: 100, y: 50 }, 1, 2)).toEqual({ left: 700, top: 50 });
    expect(anchoredScroll({ left: 700, top: 50 }, { x: 100, y: 50 }, 2, 1)).toEqual({ left: 300, top: 0 });
    expect(anchoredScroll({ left: 0, top: 0 }, { x: 100, y: 50 }, 2, 1)).toEqual({ left: 0, top: 0 });
  });
});
