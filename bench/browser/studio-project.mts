/**
 * A studio project for the benchmark: created from generated SQL through the API, opened once in the browser
 * so that the studio lays it out (ELK) and saves the layout, then reset to that saved state before every
 * measured page load (a measured drag or pan would otherwise change it for the next load).
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { gridPositions } from '../../apps/web/src/store/positions.ts';
import type { ReferenceData } from './reference/data.ts';

export interface Viewport {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
}

interface Layout {
  readonly positions: Readonly<Record<string, { x: number; y: number }>>;
  readonly colors: Readonly<Record<string, string>>;
  readonly hidden: readonly string[];
  readonly viewport?: Viewport;
}

interface Table {
  readonly schema: string;
  readonly name: string;
  readonly columns: readonly { readonly name: string; readonly type: string }[];
  readonly foreignKeys: readonly {
    readonly name: string;
    readonly refSchema: string;
    readonly refTable: string;
  }[];
}

/** The parts of the API's project the benchmark reads; the whole object goes back in `resetProject`. */
export interface Project {
  readonly id: string;
  readonly design: { readonly tables: readonly Table[] };
  readonly layout: Layout;
  readonly hints: readonly unknown[];
  readonly version: number;
}

const GENERATOR = resolve(import.meta.dirname, '../../../shared/tools/gen-schema.mjs');
const key = (t: { schema: string; name: string }) => `${t.schema}.${t.name}`;

async function api<T>(url: string, method: string, body?: unknown): Promise<T> {
  const response = await fetch(url, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

export const getProject = (studio: string, id: string) => api<Project>(`${studio}/api/projects/${id}`, 'GET');

/** Creates a project from `gen-schema.mjs --tables n`. */
export function createProject(studio: string, tables: number): Promise<Project> {
  const sql = execFileSync('node', [GENERATOR, '--tables', String(tables)], {
    maxBuffer: 1 << 28,
  }).toString();
  return api<Project>(`${studio}/api/projects`, 'POST', {
    name: `Bench ${tables}`,
    source: { kind: 'sql', sql },
  });
}

/** ELK's result, unlike the grid the studio shows while ELK runs, is not on the 300 × 260 grid. */
function laidOut(project: Project): boolean {
  const positions = Object.values(project.layout.positions);
  return (
    positions.length === project.design.tables.length &&
    positions.some((p) => p.x % 300 !== 0 || p.y % 260 !== 0)
  );
}

/** Opens the project in `page` and waits until the studio has saved its automatic layout. */
export async function layOut(page: Page, studio: string, id: string): Promise<Project> {
  await page.goto(`${studio}/projects/${id}`);
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (laidOut(await getProject(studio, id))) {
      await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
      return getProject(studio, id);
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`project ${id} was not laid out within 180 s`);
}

/** Puts the project back to `saved` (design and layout) with the given viewport, for the next page load. */
export async function resetProject(studio: string, saved: Project, viewport: Viewport): Promise<void> {
  const { version } = await getProject(studio, saved.id);
  await api(`${studio}/api/projects/${saved.id}`, 'PUT', {
    design: saved.design,
    layout: { ...saved.layout, viewport },
    hints: saved.hints,
    version,
  });
}

/** The same tables, positions and foreign keys for the reference page. */
export function referenceData(project: Project): ReferenceData {
  const tables = project.design.tables.map((t) => {
    const position = project.layout.positions[key(t)] ?? { x: 0, y: 0 };
    return { id: key(t), name: t.name, columns: t.columns, ...position };
  });
  const edges = project.design.tables.flatMap((t) =>
    t.foreignKeys.map((fk) => ({
      id: `${key(t)}/${fk.name}`,
      source: key(t),
      target: `${fk.refSchema}.${fk.refTable}`,
    })),
  );
  return { tables, edges };
}

/** The table position nearest the mean of all positions: a spot where the layout is dense. */
export function centralTable(project: Project): { x: number; y: number } {
  const positions = Object.values(project.layout.positions);
  const mean = {
    x: positions.reduce((s, p) => s + p.x, 0) / positions.length,
    y: positions.reduce((s, p) => s + p.y, 0) / positions.length,
  };
  const distance = (p: { x: number; y: number }) => Math.hypot(p.x - mean.x, p.y - mean.y);
  return positions.reduce((best, p) => (distance(p) < distance(best) ? p : best));
}

/**
 * The same project on the grid the studio gives tables without a position (while ELK runs): dense enough
 * that an overview zoom shows hundreds of tables, which the studio's ELK layout of 1,000 tables never does.
 */
export function onStudioGrid(project: Project): Project {
  const positions = gridPositions(project.design.tables.map(key), []);
  return { ...project, layout: { ...project.layout, positions } };
}
