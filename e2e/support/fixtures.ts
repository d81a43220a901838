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
}
