/**
 * The measurements, driven from Node through page-probe.js (injected in every page). Each works the same on
 * the studio and on the reference page, so that the two differ only in what they render.
 */
import type { Page } from '@playwright/test';

export interface FrameStats {
  readonly frames: number;
  readonly ms: number;
  readonly fps: number;
  readonly longestMs: number;
}

interface BenchProbe {
  readonly firstNode: Promise<number>;
  armEdit(id: string): void;
  edited(): Promise<{ inputAt: number; paintedAt: number }>;
  startFrames(): void;
  stopFrames(): FrameStats;
  quiet(count: number, maxMs: number): Promise<number>;
  /**
   * The studio's drawn overview (`canvas.overview-layer`), read once: `tableShare(p)` is the share of the
   * pixels within 3 px of the screen point p painted with a table's fill. Null on pages without it.
   */
  drawnPixels(): { tableShare(p: Point): number } | null;
}

declare global {
  interface Window {
    __bench: BenchProbe;
  }
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/**
 * Every gesture moves the mouse this far (in pixels, each way) in this many steps, on both pages. It heads for
 * the canvas's centre, so that a dragged table never nears the edge, where React Flow would start panning.
 */
const GESTURE = { steps: 120, dx: 320, dy: 160 } as const;

/** Milliseconds from navigation start to the first frame showing a table node. */
export function firstNodePainted(page: Page): Promise<number> {
  return page.evaluate(() => window.__bench.firstNode);
}

/** Waits until the page renders frames steadily (its start-up work is over), at most `timeout` ms. */
export async function waitUntilQuiet(page: Page, timeout = 20_000): Promise<void> {
  await Promise.race([
    page.evaluate(() => window.__bench.quiet(30, 40)),
    new Promise((resolve) => setTimeout(resolve, timeout)),
  ]);
}

/**
 * Presses at `from`, moves the mouse by GESTURE in a tight loop of steps and counts the frames the page
 * rendered meanwhile. Chromium delivers mouse moves once per frame, so the loop runs only as fast as the page
 * renders.
 */
export async function dragFrames(page: Page, from: Point): Promise<FrameStats> {
  const centre = await canvasCentre(page);
  const dx = from.x > centre.x ? -GESTURE.dx : GESTURE.dx;
  const dy = from.y > centre.y ? -GESTURE.dy : GESTURE.dy;
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.evaluate(() => window.__bench.startFrames());
  for (let i = 1; i <= GESTURE.steps; i++) {
    const t = i / GESTURE.steps;
    await page.mouse.move(from.x + dx * t, from.y + dy * t);
  }
  const stats = await page.evaluate(() => window.__bench.stopFrames());
  await page.mouse.up();
  return stats;
}

async function canvasCentre(page: Page): Promise<Point> {
  const box = await page.locator('.react-flow').first().boundingBox();
  if (!box) throw new Error('no canvas');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * A point of the canvas with nothing on it (pressing there pans), the nearest to the canvas's centre. On the
 * studio's drawn overview, where tables have no DOM node, "nothing" means no table's fill around it (a press
 * on a relation line pans there).
 */
export async function emptyPanePoint(page: Page): Promise<Point> {
  const point = await page.evaluate(() => {
    const flow = document.querySelector('.react-flow')?.getBoundingClientRect();
    if (!flow) return null;
    const drawn = window.__bench.drawnPixels();
    const candidates: Point[] = [];
    for (let fx = 0.1; fx < 0.9; fx += 0.02)
      for (let fy = 0.1; fy < 0.9; fy += 0.02)
        candidates.push({ x: flow.left + fx * flow.width, y: flow.top + fy * flow.height });
    const cx = flow.left + flow.width / 2;
    const cy = flow.top + flow.height / 2;
    candidates.sort((a, b) => Math.hypot(a.x - cx, a.y - cy) - Math.hypot(b.x - cx, b.y - cy));
    const blocking = '.react-flow__node, .react-flow__edge, .react-flow__panel';
    return (
      candidates.find((p) => {
        const el = document.elementFromPoint(p.x, p.y);
        return (
          el?.closest('.react-flow__pane') && !el.closest(blocking) && (!drawn || drawn.tableShare(p) === 0)
        );
      }) ?? null
    );
  });
  if (!point) throw new Error('no empty spot on the canvas to pan from');
  return point;
}

/**
 * The header (`.table-title`, on both pages) of the rendered table nearest the canvas's centre. On the studio's
 * drawn overview, the nearest point whose neighbourhood is all painted with a table's fill.
 */
export async function tableHeaderPoint(page: Page): Promise<Point> {
  const point = await page.evaluate(() => {
    const flow = document.querySelector('.react-flow')?.getBoundingClientRect();
    if (!flow) return null;
    const cx = flow.left + flow.width / 2;
    const cy = flow.top + flow.height / 2;
    const drawn = window.__bench.drawnPixels();
    if (drawn) {
      const candidates: Point[] = [];
      for (let dx = -0.4; dx <= 0.4; dx += 0.01)
        for (let dy = -0.4; dy <= 0.4; dy += 0.01)
          candidates.push({ x: cx + dx * flow.width, y: cy + dy * flow.height });
      candidates.sort((a, b) => Math.hypot(a.x - cx, a.y - cy) - Math.hypot(b.x - cx, b.y - cy));
      return candidates.find((p) => drawn.tableShare(p) === 1) ?? null;
    }
    let best: { x: number; y: number; distance: number } | null = null;
    for (const title of document.querySelectorAll('.react-flow__node .table-title')) {
      const r = title.getBoundingClientRect();
      const p = { x: r.left + Math.min(20, r.width / 4), y: r.top + r.height / 2 };
      const distance = Math.hypot(p.x - cx, p.y - cy);
      if (!best || distance < best.distance) best = { ...p, distance };
    }
    return best && { x: best.x, y: best.y };
  });
  if (!point) throw new Error('no table on the canvas to drag');
  return point;
}
