/**
 * Browser benchmark: the studio's canvas in headless Debian Chromium against a plain React Flow page (the
 * reference, bench/browser/reference) showing the same 1,000 tables at the same positions, in the same run so
 * that machine noise hits both. Not a test: it prints a table and writes bench/results/browser-latest.json;
 * docs/benchmarks.md records results with the machine they ran on.
 *
 * Usage: pnpm bench:browser [--runs 3] [--only render,fps,sql]
 * `--only` measures only the named figure groups (first render, frames per second, SQL edit to canvas), and
 * prepares only the projects they need: `--only sql` takes a minute instead of ten.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type Browser, chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../../e2e/support/chromium.ts';
import { startStudio } from '../../e2e/support/studio.ts';
import { firstRender, gestureFrames, sqlToCanvas } from './measure.mts';
import { buildReference, serveReference } from './reference-server.mts';
import {
  type Gestures,
  GROUPS,
  type Group,
  medianRun,
  printBreakdown,
  printTable,
  type Run,
  rows,
  type TargetRun,
  writeJson,
} from './report.mts';
import {
  centralTable,
  createProject,
  layOut,
  onStudioGrid,
  type Project,
  referenceData,
  type Viewport,
} from './studio-project.mts';
import { centredOn, freshPage, referenceTarget, type Size, studioTarget, type Target } from './targets.mts';

const root = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({ options: { runs: { type: 'string' }, only: { type: 'string' } } });
const runs = Number(values.runs ?? 3);
const only = parseGroups(values.only);

/** The figure groups to measure: all by default, or the comma-separated names given to `--only`. */
function parseGroups(arg: string | undefined): ReadonlySet<Group> {
  if (arg === undefined) return new Set(GROUPS);
  const names = arg.split(',').map((name) => name.trim());
  const unknown = names.filter((name) => !(GROUPS as readonly string[]).includes(name));
  if (unknown.length > 0 || names.length === 0) {
    console.error(`--only takes a comma-separated list of ${GROUPS.join(', ')}; got "${arg}"`);
    process.exit(2);
  }
  return new Set(names as Group[]);
}
const OVERVIEW_ZOOM = 0.15;

/** One layout of the design, shown by both pages, and the spot the gestures start from. */
interface Scene {
  readonly studio: Target;
  readonly reference: Target;
  readonly centre: { x: number; y: number };
  readonly canvas: Size;
}

/** Creates a project of `tables` tables, lets the studio lay it out, and measures the studio's canvas. */
async function prepare(browser: Browser, studio: string, tables: number) {
  const { context, page } = await freshPage(browser);
  try {
    const project = await layOut(page, studio, (await createProject(studio, tables)).id);
    const box = await page.locator('.react-flow').first().boundingBox();
    if (!box) throw new Error('the studio shows no canvas');
    return { project, canvas: { width: Math.round(box.width), height: Math.round(box.height) } };
  } finally {
    await context.close();
  }
}

/** The middle of the table nearest the layout's centre of mass (a table node is ~240 wide, ~200 high). */
function centreOf(project: Project) {
  const table = centralTable(project);
  return { x: table.x + 120, y: table.y + 100 };
}

/** Where the studio puts a new table (below all others, at the left), near the canvas's top-left corner. */
function newTableViewport(project: Project): Viewport {
  const positions = Object.values(project.layout.positions);
  const x = Math.min(...positions.map((p) => p.x));
  const y = Math.max(...positions.map((p) => p.y)) + 260;
  return { x: 120 - x, y: 120 - y, zoom: 1 };
}

async function gestures(browser: Browser, target: Target, viewport: Viewport): Promise<Gestures> {
  return {
    pan: await gestureFrames(browser, target, viewport, 'pan'),
    drag: await gestureFrames(browser, target, viewport, 'drag'),
  };
}

/** Subject and reference take turns, figure by figure, so that a slow spell of the machine hits both. */
async function both<T>(scene: Scene, measure: (target: Target) => Promise<T>) {
  return { studio: await measure(scene.studio), reference: await measure(scene.reference) };
}

/** The design of 1,000 tables, as laid out by the studio and on its grid, for the render and fps figures. */
interface CanvasScenes {
  readonly saved: Scene & { opening: Viewport };
  readonly grid: Scene;
}

async function measureCanvas(browser: Browser, { saved, grid }: CanvasScenes) {
  const view = (scene: Scene, zoom: number) => centredOn(scene.centre, zoom, scene.canvas);
  const first = only.has('render')
    ? await both(saved, (t) => firstRender(browser, t, saved.opening))
    : undefined;
  const frames = only.has('fps')
    ? {
        zoom1: await both(saved, (t) => gestures(browser, t, view(saved, 1))),
        overview: await both(saved, (t) => gestures(browser, t, view(saved, OVERVIEW_ZOOM))),
        dense: await both(grid, (t) => gestures(browser, t, view(grid, OVERVIEW_ZOOM))),
      }
    : undefined;
  const of = (name: 'studio' | 'reference'): TargetRun => ({
    ...(first ? { firstRender: first[name] } : {}),
    ...(frames
      ? { zoom1: frames.zoom1[name], overview: frames.overview[name], denseOverview: frames.dense[name] }
      : {}),
  });
  return { studio: of('studio'), reference: of('reference') };
}

async function measureRun(
  browser: Browser,
  canvas: CanvasScenes | undefined,
  sql: { target: Target; viewport: Viewport } | undefined,
): Promise<Run> {
  const pages = canvas ? await measureCanvas(browser, canvas) : { studio: {}, reference: {} };
  return sql ? { ...pages, sql: await sqlToCanvas(browser, sql.target, sql.viewport) } : pages;
}

/** Creates and lays out the 1,000-table design and serves the reference page showing it. */
async function prepareCanvas(browser: Browser, studioUrl: string, referenceDir: string) {
  const large = await prepare(browser, studioUrl, 1000);
  const gridded = onStudioGrid(large.project);
  const reference = await serveReference(referenceDir, {
    'saved.json': referenceData(large.project),
    'grid.json': referenceData(gridded),
  });
  const scene = (project: Project, data: string): Scene => ({
    studio: studioTarget(studioUrl, project),
    reference: referenceTarget(reference.url, data, large.canvas),
    centre: centreOf(project),
    canvas: large.canvas,
  });
  // A large design opens at the studio's default view, which it saved when it was laid out.
  const saved = {
    ...scene(large.project, 'saved.json'),
    opening: large.project.layout.viewport ?? { x: 40, y: 40, zoom: 0.75 },
  };
  return { scenes: { saved, grid: scene(gridded, 'grid.json') }, canvas: large.canvas, reference };
}

// The load average before anything starts: another job on this 2-core machine lowers every figure.
const load = [loadavg()[0]];
if ((load[0] ?? 0) > 1) console.warn(`load average ${load[0]}: the machine is busy, figures will suffer`);
execFileSync('pnpm', ['-s', 'build:web'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
const needsCanvas = only.has('render') || only.has('fps');
const referenceDir = mkdtempSync(join(tmpdir(), 'ss-bench-reference-'));
if (needsCanvas) await buildReference(referenceDir);
const studio = await startStudio();
const browser = await chromium.launch(CHROMIUM_LAUNCH);
try {
  const canvas = needsCanvas ? await prepareCanvas(browser, studio.url, referenceDir) : undefined;
  const small = only.has('sql') ? await prepare(browser, studio.url, 100) : undefined;
  const sql = small && {
    target: studioTarget(studio.url, small.project),
    viewport: newTableViewport(small.project),
  };
  const all: Run[] = [];
  // Run 0 warms up (the server's SQL engine, Chromium's caches) and is not counted.
  for (let i = 0; i <= runs; i++) {
    const run = await measureRun(browser, canvas?.scenes, sql);
    if (i > 0) all.push(run);
    load.push(loadavg()[0]);
    console.log(`run ${i}${i === 0 ? ' (warm-up)' : ''} done`);
  }
  await canvas?.reference.close();
  const medians = medianRun(all);
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}, Chromium ${browser.version()}`;
  const size = canvas ? `; studio canvas ${canvas.canvas.width} × ${canvas.canvas.height}` : '';
  console.log(`\nBrowser benchmark, median of ${runs} runs (${machine})${size}`);
  printTable(rows(medians));
  printBreakdown(medians);
  // A partial run does not overwrite the last full record.
  const record = values.only === undefined ? 'browser-latest' : `browser-latest-${[...only].join('-')}`;
  writeJson(join(root, `bench/results/${record}.json`), {
    date: new Date().toISOString(),
    machine,
    runs,
    only: [...only],
    ...(canvas ? { canvas: canvas.canvas } : {}),
    overviewZoom: OVERVIEW_ZOOM,
    loadAverage: load,
    median: medians,
    all,
  });
} finally {
  await browser.close();
  await studio.stop();
}
