import { resolve } from 'node:path';
import { createDatabase, type E2eDatabase } from '../support/database.ts';
import { createProjectFromDatabase, expect, migration, selectTable, test } from '../support/fixtures.ts';
import { REPO_ROOT } from '../support/studio.ts';

let db: E2eDatabase;
test.beforeAll(async () => {
  db = await createDatabase('renamecol', resolve(REPO_ROOT, 'e2e/fixtures/shop.sql'));
});
test.afterAll(async () => {
  await db?.drop();
});

test('rename a column on the canvas: RENAME COLUMN, not drop and add', async ({ page, studio }) => {
  await createProjectFromDatabase(page, studio, db.url, 'Rename column');
  await selectTable(page, 'public.customers');
  const name = page
    .getByRole('group', { name: 'edit column email' })
    .getByRole('textbox', { name: 'Column name' });
  await name.fill('mail');
  await name.press('Enter');
  await expect(migration(page)).toContainText('ALTER TABLE public.customers RENAME COLUMN email TO mail');
  await expect(migration(page)).not.toContainText('DROP COLUMN');
  await expect(migration(page)).not.toContainText('ADD COLUMN');
});
