import { expect, test } from '@playwright/test';
import { createDemoProject, tableNode } from '../support/fixtures.ts';
import { startStudio } from '../support/studio.ts';

test('reload the page, then restart the server: the project, layout included, is still there', async ({
  page,
}) => {
  let studio = await startStudio();
  try {
    await createDemoProject(page, studio, 'Persistent demo');
    const node = tableNode(page, 'public.book');
    await expect(node).toBeVisible();
    // Move a table: its position is part of the layout that must survive.
    const header = node.getByRole('heading').first();
    const before = await node.boundingBox();
    await header.hover();
    await page.mouse.down();
    await page.mouse.move((before?.x ?? 0) + 160, (before?.y ?? 0) + 90, { steps: 8 });
    await page.mouse.up();
    await expect(page.getByRole('status', { name: 'Save status' })).toHaveText(/Saved/);
    const moved = await node.boundingBox();
    const projectUrl = page.url();

    await page.reload();
    await expect(tableNode(page, 'public.book')).toBeVisible();
    expect(await tableNode(page, 'public.book').boundingBox()).toEqual(moved);

    const dataDir = studio.dataDir;
    await studio.stop();
    studio = await startStudio(dataDir);
    await page.goto(projectUrl.replace(/^http:\/\/[^/]+/, studio.url));
    await expect(tableNode(page, 'public.book')).toBeVisible();
    expect(await tableNode(page, 'public.book').boundingBox()).toEqual(moved);
    await page.goto(studio.url);
    await expect(page.getByRole('link', { name: 'Persistent demo' })).toBeVisible();
  } finally {
    await studio.stop();
  }
});
