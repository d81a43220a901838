import { test as base, expect, type Page } from '@playwright/test';
import { type Studio, startStudio } from './studio.ts';

/** Every spec file gets its own studio process on a fresh data directory. */
export const test = base.extend<object, { studio: Studio }>({
  studio: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies as a pattern.
    async ({}, use) => {
      const studio = await startStudio();
      await use(studio);
      await studio.stop();
    },
    { scope: 'worker' },
  ],
});

export { expect };

/** A table node on the canvas, found by its accessible name. */
export function tableNode(page: Page, qualifiedName: string) {
  return page.getByRole('group', { name: `table ${qualifiedName}`, exact: true });
}

/** Opens the start page and creates a project from the demo. */
export async function createDemoProject(page: Page, studio: Studio, name = 'Demo'): Promise<void> {
  await page.goto(studio.url);
  await page.getByRole('button', { name: 'New project' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Project name' }).fill(name);
  await dialog.getByRole('button', { name: 'Demo project' }).click();
  await dialog.getByRole('button', { name: 'Create project' }).click();
  await expect(page.getByRole('region', { name: 'Canvas' })).toBeVisible();
  await waitForStableLayout(page);
}

/** Creates a project from a live database's connection URL and waits for the canvas. */
export async function createProjectFromDatabase(page: Page, studio: Studio, url: string, name: string) {
  await page.goto(studio.url);
  await page.getByRole('button', { name: 'New project' }).click();
  const dialog = page.getByRole('dialog', { name: 'New project' });
  await dialog.getByRole('textbox', { name: 'Project name' }).fill(name);
  await dialog.getByRole('button', { name: 'From a database' }).click();
  await dialog.getByRole('textbox', { name: 'Connection URL' }).fill(url);
  await dialog.getByRole('button', { name: 'Create project' }).click();
  await expect(page.getByRole('region', { name: 'Canvas' })).toBeVisible();
  await waitForStableLayout(page);
}

/**
 * A new project is laid out in a worker after it opens (the canvas is `aria-busy` meanwhile), then fitted to the
 * view with an animation: wait for the layout, then until the view and the tables stop moving.
 */
export async function waitForStableLayout(page: Page) {
  const canvas = page.getByRole('region', { name: 'Canvas' });
  await expect(canvas).not.toHaveAttribute('aria-busy', 'true', { timeout: 60_000 });
  // Zoomed out to the drawn overview, no table has a DOM node: the view's transform is what moves then.
  const first = page.getByRole('group', { name: /^table / }).first();
  const viewport = canvas.locator('.react-flow__viewport');
  const snapshot = async () =>
    JSON.stringify([
      await viewport.getAttribute('style'),
      // The node may go between the count and the box (the view zooms out to the drawn overview): no wait.
      (await first.count()) > 0 ? await first.boundingBox({ timeout: 1_000 }).catch(() => null) : null,
    ]);
  let previous = await snapshot();
  await expect(async () => {
    await page.waitForTimeout(400);
    const current = await snapshot();
    const settled = current === previous;
    previous = current;
    expect(settled).toBe(true);
  }).toPass({ timeout: 20_000 });
}

/**
 * Waits until the canvas's view (React Flow's viewport transform) has not moved for a while: zoom and focus
 * animate, and a point computed from the transform mid-animation misses what it aims at.
 */
export async function waitForStillView(page: Page) {
  const viewport = page.getByRole('region', { name: 'Canvas' }).locator('.react-flow__viewport');
  let previous = await viewport.getAttribute('style');
  await expect(async () => {
    await page.waitForTimeout(250);
    const current = await viewport.getAttribute('style');
    const still = current === previous;
    previous = current;
    expect(still).toBe(true);
  }).toPass({ timeout: 10_000 });
}

/**
 * Finds a table with the toolbar's search and lets the canvas zoom to it, as a person would: zoomed out, tables
 * are drawn on one canvas and have no node of their own until the view comes close.
 */
export async function showTable(page: Page, name: string, qualifiedName = `public.${name}`) {
  const search = page.getByRole('dialog', { name: 'Search tables and columns' });
  // Retried while a table is still on its way (an SQL edit): the dialog of the last try may still be open.
  if (!(await search.isVisible())) await page.getByRole('button', { name: 'Search', exact: true }).click();
  await search.getByRole('searchbox', { name: 'Search' }).fill(name);
  await search.getByRole('searchbox', { name: 'Search' }).press('Enter');
  await expect(tableNode(page, qualifiedName)).toBeVisible({ timeout: 2_000 });
  // Enter chose the table and closed the dialog; it must not reopen (focus returns to the Search button).
  await expect(search).toBeHidden();
}

/** Selects a table on the canvas so the inspector edits it. */
export async function selectTable(page: Page, qualifiedName: string) {
  await tableNode(page, qualifiedName).click({ position: { x: 20, y: 10 } });
  await expect(page.getByRole('textbox', { name: 'Table name' })).toHaveValue(
    qualifiedName.split('.').at(-1) ?? '',
  );
}

/** The up migration as text. */
export function migration(page: Page) {
  return page.getByRole('region', { name: 'Migration' });
}
