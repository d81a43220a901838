import { resolve } from 'node:path';
import { createDatabase, type E2eDatabase } from '../support/database.ts';
import { createProjectFromDatabase, expect, migration, selectTable, test } from '../support/fixtures.ts';
import { REPO_ROOT } from '../support/studio.ts';

let db: E2eDatabase;
test.beforeAll(async () => {
  db = await createDatabase('addcol', resolve(REPO_ROOT, 'e2e/fixtures/shop.sql'));
});
test.afterAll(async () => {
  await db?.drop();
});

test('add a column on the canvas: the migration shows ADD COLUMN and verify passes', async ({
  page,
  studio,
}) => {
  await createProjectFromDatabase(page, studio, db.url, 'Add column');
  await expect(migration(page)).toContainText('No changes');
  await selectTable(page, 'public.customers');
  await page.getByRole('button', { name: 'Add column' }).click();
  const editor = page.getByRole('group', { name: /^edit column column_\d+$/ });
  await editor.getByRole('textbox', { name: 'Column name' }).fill('nickname');
  await editor.getByRole('textbox', { name: 'Column name' }).press('Enter');
  await expect(migration(page)).toContainText('ALTER TABLE public.customers ADD COLUMN nickname text');
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(
    migration(page)
      .getByRole('status')
      .filter({ hasText: /Proven/ }),
  ).toBeVisible({ timeout: 60_000 });
});
