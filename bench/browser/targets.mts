/**
 * The two pages under measurement. Both are loaded fresh (a new browser context: no cache, no state) at a given
 * viewport: the studio through its saved layout, the reference through its URL.
 */
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { type Project, resetProject, type Viewport } from './studio-project.mts';

/** The browser window; the studio's canvas is smaller (toolbar, side panels), the reference is sized to match. */
export const WINDOW = { width: 1440, height: 900 } as const;

export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface Target {
  readonly name: 'studio' | 'reference';
  /** Navigates a fresh page to the project at `viewport`. */
  load(page: Page, viewport: Viewport): Promise<void>;
}

export function studioTarget(studio: string, project: Project): Target {
  return {
    name: 'studio',
    load: async (page, viewport) => {
      await resetProject(studio, project, viewport);
      await page.goto(`${studio}/projects/${project.id}`);
    },
  };
}

/** `data`: the file (beside the page) with the tables and positions to show. */
export function referenceTarget(url: string, data: string, canvas: Size): Target {
  return {
    name: 'reference',
    load: async (page, viewport) => {
      const query = new URLSearchParams({
        data,
        x: String(viewport.x),
        y: String(viewport.y),
        zoom: String(viewport.zoom),
        w: String(canvas.width),
        h: String(canvas.height),
      });
      await page.goto(`${url}/?${query}`);
    },
  };
}

/** A page in a fresh context, with page-probe.js installed before the page's own scripts. */
export async function freshPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: WINDOW });
  await context.addInitScript({ path: join(import.meta.dirname, 'page-probe.js') });
  return { context, page: await context.newPage() };
}

/** The viewport that shows `point` in the middle of a canvas of `size` at `zoom`. */
export function centredOn(point: { x: number; y: number }, zoom: number, size: Size): Viewport {
  return { x: size.width / 2 - point.x * zoom, y: size.height / 2 - point.y * zoom, zoom };
}
