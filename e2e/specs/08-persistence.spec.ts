import { expect, test } from '@playwright/test';
import { createDemoProject, tableNode } from '../support/fixtures.ts';
import { startStudio } from '../support/studio.ts';

test('reload the page, then restart the server: the project, layout included, is still there', async ({
  page,
}) => {
  let studio = await startStudio();
  try {
    await createDemoProject(page, studio, 'Persistent demo');
    const node = tableNode(page, 'public.books');
    await expect(node).toBeVisible();
    // Move a table: its position is part of the layout that must survive.
    const before = await node.boundingBox();
    await page.mouse.move((before?.x ?? 0) + 30, (before?.y ?? 0) + 10);
    await page.mouse.down();
    await page.mouse.move((before?.x ?? 0) + 190, (before?.y ?? 0) + 100, { steps: 8 });
    await page.mouse.up();
    await expect(page.getByText('All changes saved')).toBeVisible();
    const moved = await node.boundingBox();
    const projectUrl = page.url();

    await page.reload();
    await expect(tableNode(page, 'public.books')).toBeVisible();
    expect(await tableNode(page, 'public.books').boundingBox()).toEqual(moved);

    const dataDir = studio.dataDir;
    await studio.stop();
    studio = await startStudio(dataDir);
    await page.goto(projectUrl.replace(/^http:\/\/[^/]+/, studio.url));
    await expect(tableNode(page, 'public.books')).toBeVisible();
    expect(await tableNode(page, 'public.books').boundingBox()).toEqual(moved);
    await page.goto(studio.url);
    await expect(page.getByRole('link', { name: 'Persistent demo' })).toBeVisible();
  } finally {
    await studio.stop();
  }
});
