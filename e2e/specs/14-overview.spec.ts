import type { Page } from '@playwright/test';
import { createDemoProject, expect, tableNode, test, waitForStillView } from '../support/fixtures.ts';
import type { Studio } from '../support/studio.ts';

interface Saved {
  readonly layout: { positions: Record<string, { x: number; y: number }> };
}

/** The project's saved layout, from the API. */
async function savedLayout(page: Page, studio: Studio): Promise<Saved['layout']> {
  const id = new URL(page.url()).pathname.split('/').at(-1);
  const response = await page.request.get(`${studio.url}/api/projects/${id}`);
  return ((await response.json()) as Saved).layout;
}

/** Where a flow point is on screen: the canvas's box plus React Flow's transform of the viewport. */
async function onScreen(page: Page, point: { x: number; y: number }) {
  const pane = await page.locator('.react-flow').boundingBox();
  const style = (await page.locator('.react-flow__viewport').getAttribute('style')) ?? '';
  const [, tx, ty, zoom] = /translate\(([-\d.]+)px, ([-\d.]+)px\) scale\(([-\d.]+)\)/.exec(style) ?? [];
  if (!pane || zoom === undefined) throw new Error(`no canvas transform in "${style}"`);
  return {
    x: pane.x + Number(tx) + point.x * Number(zoom),
    y: pane.y + Number(ty) + point.y * Number(zoom),
    zoom: Number(zoom),
  };
}

test('zoomed out, tables are drawn on one canvas: select, drag and double-click them there', async ({
  page,
  studio,
}) => {
  await createDemoProject(page, studio, 'Overview');
  const canvas = page.getByRole('region', { name: 'Canvas' });
  const overview = canvas.getByRole('img', { name: /^Overview of \d+ tables/ });
  // Zoom out until the canvas switches to the drawn overview: no table node is left in the page.
  await expect(async () => {
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await expect(overview).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 15_000 });
  await expect(canvas.getByRole('group', { name: /^table / })).toHaveCount(0);
  await waitForStillView(page); // the zoom animation

  // Press the books table where it is drawn and drag it: it is selected, and its saved position moves. The
  // saved layout is where the table is drawn only once the first layout's positions have been saved.
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  const before = (await savedLayout(page, studio)).positions['public.books'];
  if (!before) throw new Error('books has no position');
  const grip = await onScreen(page, { x: before.x + 40, y: before.y + 14 });
  await page.mouse.move(grip.x, grip.y);
  await page.mouse.down();
  await page.mouse.move(grip.x + 60, grip.y + 40, { steps: 6 });
  await page.mouse.up();
  await expect(page.getByRole('textbox', { name: 'Table name' })).toHaveValue('books');
  await expect(page.getByText('All changes saved')).toBeVisible();
  await expect(async () => {
    const after = (await savedLayout(page, studio)).positions['public.books'];
    expect(after?.x).toBeCloseTo(before.x + 60 / grip.zoom, 0);
    expect(after?.y).toBeCloseTo(before.y + 40 / grip.zoom, 0);
  }).toPass({ timeout: 5_000 });

  // Empty space still pans the view, and a press there moves no table.
  const layoutBefore = await savedLayout(page, studio);
  const styleBefore = await page.locator('.react-flow__viewport').getAttribute('style');
  const box = await page.locator('.react-flow').boundingBox();
  if (!box) throw new Error('no canvas');
  await page.mouse.move(box.x + 8, box.y + 8);
  await page.mouse.down();
  await page.mouse.move(box.x + 48, box.y + 28, { steps: 4 });
  await page.mouse.up();
  await expect(page.locator('.react-flow__viewport')).not.toHaveAttribute('style', styleBefore ?? '');
  await expect(page.getByText('All changes saved')).toBeVisible();
  expect((await savedLayout(page, studio)).positions).toEqual(layoutBefore.positions);

  // Double-click a drawn table: the view zooms to it and it is a node with its columns again.
  const moved = (await savedLayout(page, studio)).positions['public.books'];
  if (!moved) throw new Error('books has no position');
  const target = await onScreen(page, { x: moved.x + 40, y: moved.y + 14 });
  await page.mouse.dblclick(target.x, target.y);
  await expect(tableNode(page, 'public.books').getByRole('listitem', { name: 'column title' })).toBeVisible();
  await expect(overview).toHaveCount(0);
});

test('the minimap moves the view where it is pressed', async ({ page, studio }) => {
  await createDemoProject(page, studio, 'Minimap');
  const minimap = page.getByRole('img', { name: /^Minimap of \d+ tables/ });
  await expect(minimap).toBeVisible();
  const style = await page.locator('.react-flow__viewport').getAttribute('style');
  const box = await minimap.boundingBox();
  if (!box) throw new Error('no minimap');
  await page.mouse.click(box.x + 10, box.y + 10);
  await expect(page.locator('.react-flow__viewport')).not.toHaveAttribute('style', style ?? '');
});
