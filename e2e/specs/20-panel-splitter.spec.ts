import { createDemoProject, expect, test } from '../support/fixtures.ts';

test('the bottom panels resize with the splitter, by keyboard and by drag, and keep their height after a reload', async ({
  page,
  studio,
}) => {
  await createDemoProject(page, studio, 'Panels');
  const splitter = page.getByRole('separator', { name: 'Resize the bottom panels' });
  const panels = page.getByRole('region', { name: 'Migration' });
  const canvas = page.getByRole('region', { name: 'Canvas' });
  const height = async () => (await panels.boundingBox())?.height ?? 0;
  const start = await height();
  const share = Number(await splitter.getAttribute('aria-valuenow'));
  expect(share).toBeGreaterThan(10);

  // Keyboard: each arrow is 32 px; the value follows.
  await splitter.focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect.poll(height).toBeCloseTo(start + 64, 0);
  await expect.poll(async () => Number(await splitter.getAttribute('aria-valuenow'))).toBeGreaterThan(share);

  // Drag: the bar follows the pointer.
  const bar = await splitter.boundingBox();
  if (!bar) throw new Error('the splitter has no box');
  const before = await height();
  await page.mouse.move(bar.x + bar.width / 2, bar.y + bar.height / 2);
  await page.mouse.down();
  await page.mouse.move(bar.x + bar.width / 2, bar.y + bar.height / 2 + 100, { steps: 5 });
  await page.mouse.up();
  await expect.poll(height).toBeCloseTo(before - 100, 0);

  // End makes the panels as tall as they may be: the canvas keeps its room.
  await splitter.focus();
  await page.keyboard.press('End');
  await expect.poll(async () => (await canvas.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(159);
  const tallest = await height();
  expect(tallest).toBeGreaterThan(start);

  // Remembered in this browser.
  await page.reload();
  await expect(panels).toBeVisible();
  await expect.poll(height).toBeCloseTo(tallest, 0);
  await splitter.focus();
  await page.keyboard.press('Home');
  await expect.poll(height).toBeCloseTo(120, 0);
});
