import { createDemoProject, expect, tableNode, test } from '../support/fixtures.ts';

test('create a project from the demo and see its tables', async ({ page, studio }) => {
  await createDemoProject(page, studio, 'Bookshop demo');
  const canvas = page.getByRole('region', { name: 'Canvas' });
  await expect(canvas.getByRole('group', { name: /^table / }).first()).toBeVisible();
  expect(await canvas.getByRole('group', { name: /^table / }).count()).toBeGreaterThanOrEqual(8);
  // The demo's migration from an empty database creates every table.
  const migration = page.getByRole('region', { name: 'Migration' });
  await expect(migration).toContainText('CREATE TABLE');
  await expect(tableNode(page, 'public.books')).toBeVisible();
});
