/** One measurement each: a fresh page of a target, loaded at a viewport, then one thing timed. */
import type { Browser, Page } from '@playwright/test';
import {
  dragFrames,
  emptyPanePoint,
  type FrameStats,
  firstNodePainted,
  tableHeaderPoint,
  waitUntilQuiet,
} from './probes.mts';
import type { Viewport } from './studio-project.mts';
import { freshPage, type Target } from './targets.mts';

async function withPage<T>(browser: Browser, run: (page: Page) => Promise<T>): Promise<T> {
  const { context, page } = await freshPage(browser);
  try {
    return await run(page);
  } finally {
    await context.close();
  }
}

export interface FirstRender {
  /** Navigation start to the first frame showing a table node. */
  readonly firstNodeMs: number;
  /** Until the HTML and the module scripts are loaded and run (DOMContentLoaded). */
  readonly scriptsMs: number;
  /** Until the design's data (the project JSON, or the reference's data.json) is received. */
  readonly dataMs: number;
}

/** Where a page load's time went, from the browser's own navigation and resource timings. */
function loadTimings(page: Page): Promise<{ scriptsMs: number; dataMs: number }> {
  return page.evaluate(() => {
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    const data = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((e) =>
      /\/api\/projects\/[^/]+$|\.json$/.test(new URL(e.name).pathname),
    );
    return {
      scriptsMs: navigation?.domContentLoadedEventEnd ?? Number.NaN,
      dataMs: data?.responseEnd ?? Number.NaN,
    };
  });
}

export function firstRender(browser: Browser, target: Target, viewport: Viewport): Promise<FirstRender> {
  return withPage(browser, async (page) => {
    await target.load(page, viewport);
    const firstNodeMs = await firstNodePainted(page);
    return { firstNodeMs, ...(await loadTimings(page)) };
  });
}

export type Gesture = 'pan' | 'drag';

export interface GestureStats extends FrameStats {
  /** Table nodes in the page before the gesture (React Flow renders only those in view). */
  readonly nodes: number;
}

/** Frames per second while panning the canvas or dragging a table, once the page has settled. */
export function gestureFrames(
  browser: Browser,
  target: Target,
  viewport: Viewport,
  gesture: Gesture,
): Promise<GestureStats> {
  return withPage(browser, async (page) => {
    await target.load(page, viewport);
    await firstNodePainted(page);
    await waitUntilQuiet(page);
    const nodes = await page.locator('.react-flow__node').count();
    const from = gesture === 'pan' ? await emptyPanePoint(page) : await tableHeaderPoint(page);
    return { ...(await dragFrames(page, from)), nodes };
  });
}

export interface SqlToCanvas {
  /** From the edit (the editor's input event) to the first frame showing the new table. */
  readonly totalMs: number;
  /** The editor's pause before it sends the SQL. */
  readonly pauseMs: number;
  /** The request to the server (`POST /api/sql/model`: parse, model) and its response. */
  readonly requestMs: number;
  /** From the response to the new table on the canvas (new design, layout, render). */
  readonly renderMs: number;
}

/**
 * A new name for every measurement: the server's warm reader still holds the script of the last one, and
 * reading the very same script again costs it nothing (no statement runs, the last model is returned).
 */
let measured = 0;
function newTable() {
  const name = `bench_new_${++measured}`;
  return { id: `public.${name}`, sql: `\nCREATE TABLE ${name} (id int primary key);\n` };
}

/** Types a new table into the SQL editor (at its end) and times it until the canvas shows it. */
export function sqlToCanvas(browser: Browser, studio: Target, viewport: Viewport): Promise<SqlToCanvas> {
  return withPage(browser, async (page) => {
    await studio.load(page, viewport);
    // The view is where the new table will land: no table may be in view (nor in the DOM) until then.
    const canvas = page.getByRole('region', { name: 'Canvas' });
    await canvas.waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => document.querySelector('.canvas')?.getAttribute('aria-busy') !== 'true');
    await page.getByRole('button', { name: 'SQL', exact: true }).click();
    const text = page.getByRole('region', { name: 'SQL editor' }).getByRole('textbox', { name: 'SQL DDL' });
    await text.waitFor({ state: 'attached', timeout: 30_000 });
    // Monaco's textarea is too small for Playwright to click: focus it (as e2e/specs/06 does).
    await text.focus();
    await page.keyboard.press('ControlOrMeta+End');
    await waitUntilQuiet(page);
    const table = newTable();
    await page.evaluate((id) => window.__bench.armEdit(id), table.id);
    await page.keyboard.insertText(table.sql);
    const { inputAt, paintedAt } = await page.evaluate(() => window.__bench.edited());
    const request = await page.evaluate(() => {
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const last = entries.filter((e) => e.name.endsWith('/sql/model')).at(-1);
      return last ? { start: last.startTime, end: last.responseEnd } : null;
    });
    if (!request) throw new Error('the SQL editor sent no request');
    return {
      totalMs: paintedAt - inputAt,
      pauseMs: request.start - inputAt,
      requestMs: request.end - request.start,
      renderMs: paintedAt - request.end,
    };
  });
}
