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

  // Someone adds a table to the live database: after a refresh the migration from it to the design drops it.
  await db.query('CREATE TABLE public.coupons (code text PRIMARY KEY)');
  await page.getByRole('button', { name: 'Refresh from database' }).click();
  await expect(migration(page)).toContainText('DROP TABLE public.coupons');

  await selectTable(page, 'public.orders');
  await page.getByLabel('Table color').fill('#e11d48');
  await expect(page.getByText('All changes saved')).toBeVisible();
  await page.reload();
  await selectTable(page, 'public.orders');
  await expect(page.getByLabel('Table color')).toHaveValue('#e11d48');
  await expect(migration(page)).toContainText('DROP TABLE public.coupons');
});
