import { resolve } from 'node:path';
import { createDatabase, type E2eDatabase } from '../support/database.ts';
import { createProjectFromDatabase, expect, migration, selectTable, test } from '../support/fixtures.ts';
import { REPO_ROOT } from '../support/studio.ts';

let db: E2eDatabase;
test.beforeAll(async () => {
  db = await createDatabase('refresh', resolve(REPO_ROOT, 'e2e/fixtures/shop.sql'));
});
test.afterAll(async () => {
  await db?.drop();
});

test('refresh the baseline from the live database; a table color is kept with the layout', async ({
  page,
  studio,
}) => {
  await createProjectFromDatabase(page, studio, db.url, 'Refresh');
  await expect(migration(page)).toContainText('No changes');

  // Someone adds a table to the live database. The refresh says so and offers to bring it into the design;
  // kept out, the migration from the database to the design drops it.
  await db.query('CREATE TABLE public.coupons (code text PRIMARY KEY)');
  await page.getByRole('button', { name: 'Refresh from database' }).click();
  const changed = page.getByRole('dialog', { name: 'The database has changed' });
  await expect(changed.getByRole('region', { name: 'Changes in the database' })).toContainText(
    'table public.coupons added',
  );
  await changed.getByRole('button', { name: 'Keep the design as it is' }).click();
  await expect(changed).toBeHidden();
  await expect(migration(page)).toContainText('DROP TABLE public.coupons');

  await selectTable(page, 'public.orders');
  await page.getByLabel('Table color').fill('#e11d48');
  await expect(page.getByText('All changes saved')).toBeVisible();
  await page.reload();
  await selectTable(page, 'public.orders');
  await expect(page.getByLabel('Table color')).toHaveValue('#e11d48');
  await expect(migration(page)).toContainText('DROP TABLE public.coupons');
});

test("the database's own changes come into the design beside the design's, as one undo step", async ({
  page,
  studio,
}) => {
  await db.query('DROP TABLE IF EXISTS public.coupons');
  await createProjectFromDatabase(page, studio, db.url, 'Bring in');
  await selectTable(page, 'public.orders');
  await page.getByRole('button', { name: 'Add column' }).click();
  const editor = page.getByRole('group', { name: /^edit column column_\d+$/ });
  await editor.getByRole('textbox', { name: 'Column name' }).fill('note');
  await editor.getByRole('textbox', { name: 'Column name' }).press('Enter');
  await expect(page.getByText('All changes saved')).toBeVisible();

  // Meanwhile, on the database: a new table, and a column the design does not have. Opened again, the project
  // says the database has moved before anyone refreshes.
  await db.query('CREATE TABLE public.coupons (code text PRIMARY KEY)');
  await db.query('ALTER TABLE public.customers ADD COLUMN phone text');
  await page.reload();
  const moved = page
    .getByRole('status')
    .filter({ hasText: 'The database has changed since it was last read' });
  await expect(moved).toContainText('(2 changes)');
  await page.getByRole('button', { name: 'Refresh from database' }).click();
  const changed = page.getByRole('dialog', { name: 'The database has changed' });
  const list = changed.getByRole('region', { name: 'Changes in the database' });
  await expect(list.getByRole('listitem')).toHaveText([
    'column phone of public.customers added',
    'table public.coupons added',
  ]);
  await changed.getByRole('button', { name: 'Bring into the design' }).click();
  await expect(changed).toBeHidden();
  await expect(moved).toBeHidden();

  // Only the design's own change is left to migrate; both of the database's changes are kept.
  await expect(migration(page)).toContainText('ADD COLUMN note');
  await expect(migration(page)).not.toContainText('DROP');
  // The new table is placed beside the others, maybe out of view: fit the view to see it.
  await page.getByRole('button', { name: 'Zoom to fit' }).click();
  await expect(page.getByRole('group', { name: 'table public.coupons', exact: true })).toBeVisible();

  // One undo step takes them out again: the migration would then drop them.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(migration(page)).toContainText('DROP TABLE public.coupons');
  await expect(migration(page)).toContainText('DROP COLUMN phone');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(migration(page)).not.toContainText('DROP');
  await expect(page.getByText('All changes saved')).toBeVisible();
  await db.query('DROP TABLE public.coupons');
  await db.query('ALTER TABLE public.customers DROP COLUMN phone');
});
