import { createDemoProject, expect, test } from '../support/fixtures.ts';

test('undo and redo, with the buttons and the keyboard', async ({ page, studio }) => {
  await createDemoProject(page, studio, 'Undo redo');
  const canvas = page.getByRole('region', { name: 'Canvas' });
  const tables = canvas.getByRole('group', { name: /^table / });
  const before = await tables.count();
  await page.getByRole('button', { name: 'Add table' }).click();
  await expect(tables).toHaveCount(before + 1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(tables).toHaveCount(before);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(tables).toHaveCount(before + 1);
  await canvas.click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ControlOrMeta+z');
  await expect(tables).toHaveCount(before);
  await page.keyboard.press('Shift+ControlOrMeta+z');
  await expect(tables).toHaveCount(before + 1);
});
