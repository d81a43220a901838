/** Medians over runs, the printed table and the JSON record. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { FirstRender, GestureStats, SqlToCanvas } from './measure.mts';

export interface Gestures {
  readonly pan: GestureStats;
  readonly drag: GestureStats;
}

/** The figure groups `--only` can pick; each is absent from a run that did not measure it. */
export const GROUPS = ['render', 'fps', 'sql'] as const;
export type Group = (typeof GROUPS)[number];

export interface FrameFigures {
  /** The saved (ELK) layout at zoom 1 and at the overview zoom. */
  readonly zoom1: Gestures;
  readonly overview: Gestures;
  /** The studio's grid layout at the overview zoom: hundreds of tables in view. */
  readonly denseOverview: Gestures;
}

/** One page's figures; a group not measured (`--only`) is absent. */
export interface TargetRun extends Partial<FrameFigures> {
  readonly firstRender?: FirstRender;
}

export interface Run {
  readonly studio: TargetRun;
  readonly reference: TargetRun;
  readonly sql?: SqlToCanvas;
}

export const TARGETS = { firstRenderMs: 1000, fps: 45, sqlToCanvasMs: 300 } as const;

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? Number.NaN) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** The same shape as one run, each number the median of that number over all runs (absent stays absent). */
export function medianRun<T>(runs: readonly T[]): T {
  const [first] = runs;
  if (typeof first === 'number') return median(runs as readonly unknown[] as readonly number[]) as T;
  if (typeof first !== 'object' || first === null) return first as T;
  const keys = Object.keys(first) as (keyof T)[];
  return Object.fromEntries(keys.map((k) => [k, medianRun(runs.map((r) => r[k]))])) as T;
}

const ms = (x: number) => `${Math.round(x)} ms`;
const fps = (x: number) => `${x.toFixed(1)} fps`;
const mark = (ok: boolean) => (ok ? 'met' : 'MISSED');

/** The rows of the summary: figure, studio, reference, studio ÷ reference, target; only figures measured. */
export function rows(m: Run): string[][] {
  return [
    ['figure', 'studio', 'reference', 'studio ÷ ref', 'target'],
    ...renderRows(m),
    ...frameRows(m.studio, m.reference),
    ...sqlRows(m.sql),
  ];
}

function renderRows(m: Run): string[][] {
  const studio = m.studio.firstRender?.firstNodeMs;
  const reference = m.reference.firstRender?.firstNodeMs;
  if (studio === undefined || reference === undefined) return [];
  return [
    [
      'first render, 1,000 tables',
      ms(studio),
      ms(reference),
      `${(studio / reference).toFixed(2)}×`,
      `< ${TARGETS.firstRenderMs} ms: ${mark(studio < TARGETS.firstRenderMs)}`,
    ],
  ];
}

function frameRows(studio: TargetRun, reference: TargetRun): string[][] {
  const s = framesOf(studio);
  const r = framesOf(reference);
  if (!s || !r) return [];
  const gesture = (label: string, s: GestureStats, r: GestureStats) => [
    `${label} (${s.nodes} / ${r.nodes} nodes; longest frame ${ms(s.longestMs)} / ${ms(r.longestMs)})`,
    fps(s.fps),
    fps(r.fps),
    `${(s.fps / r.fps).toFixed(2)}×`,
    `≥ ${TARGETS.fps} fps: ${mark(s.fps >= TARGETS.fps)}`,
  ];
  return [
    gesture('pan, zoom 1', s.zoom1.pan, r.zoom1.pan),
    gesture('drag a table, zoom 1', s.zoom1.drag, r.zoom1.drag),
    gesture('pan, zoom 0.15', s.overview.pan, r.overview.pan),
    gesture('drag a table, zoom 0.15', s.overview.drag, r.overview.drag),
    gesture('pan, zoom 0.15, grid layout', s.denseOverview.pan, r.denseOverview.pan),
    gesture('drag, zoom 0.15, grid layout', s.denseOverview.drag, r.denseOverview.drag),
  ];
}

function framesOf({ zoom1, overview, denseOverview }: TargetRun): FrameFigures | undefined {
  return zoom1 && overview && denseOverview ? { zoom1, overview, denseOverview } : undefined;
}

function sqlRows(sql: SqlToCanvas | undefined): string[][] {
  if (!sql) return [];
  return [
    [
      'SQL edit → canvas, 100 tables',
      ms(sql.totalMs),
      '–',
      '–',
      `< ${TARGETS.sqlToCanvasMs} ms: ${mark(sql.totalMs < TARGETS.sqlToCanvasMs)}`,
    ],
  ];
}

export function printTable(table: string[][]): void {
  const widths = table[0]?.map((_, i) => Math.max(...table.map((row) => row[i]?.length ?? 0))) ?? [];
  for (const row of table) console.log(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  '));
}

/** Where the time of the medians went: page load phases and the SQL round trip. */
export function printBreakdown(m: Run): void {
  for (const name of ['studio', 'reference'] as const) {
    const f = m[name].firstRender;
    if (!f) continue;
    console.log(
      `  ${name} first render: scripts loaded and run ${ms(f.scriptsMs)}, data received ${ms(f.dataMs)}, first node on screen ${ms(f.firstNodeMs)}`,
    );
  }
  const s = m.sql;
  if (!s) return;
  console.log(
    `  SQL edit: editor pause ${ms(s.pauseMs)}, POST /api/sql/model ${ms(s.requestMs)}, response → node on screen ${ms(s.renderMs)}`,
  );
}

export function writeJson(path: string, record: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(record, null, 2)}\n`);
}
