import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  createProjectFromDatabase,
  expect,
  migration,
  selectTable,
  showTable,
  tableNode,
  test,
} from '../support/fixtures.ts';
import { createMysqlDatabase, type E2eMysqlDatabase } from '../support/mysql-database.ts';
import { REPO_ROOT } from '../support/studio.ts';

const SAKILA = resolve(REPO_ROOT, '../shared/fixtures/mysql/sakila/schema.sql');

test.describe('a project from a live MariaDB database (sakila)', () => {
  test.skip(
    !existsSync(SAKILA),
    `skipped: ${SAKILA} is absent (the shared fixtures live beside the project)`,
  );

  let db: E2eMysqlDatabase;
  test.beforeAll(async () => {
    db = await createMysqlDatabase('sakila', SAKILA);
  });
  test.afterAll(async () => {
    await db?.drop();
  });

  test('add a column on the canvas: the MySQL migration shows it, and verify proves it', async ({
    page,
    studio,
  }) => {
    await createProjectFromDatabase(page, studio, db.url, 'Sakila');
    await expect(migration(page)).toContainText('No changes');
    // MySQL has no schemas: tables are named bare.
    await showTable(page, 'actor', 'actor');
    await expect(tableNode(page, 'actor').getByRole('listitem', { name: 'column first_name' })).toBeVisible();

    await selectTable(page, 'actor');
    await page.getByRole('button', { name: 'Add column' }).click();
    const editor = page.getByRole('group', { name: /^edit column column_\d+$/ });
    await editor.getByRole('textbox', { name: 'Column name' }).fill('nickname');
    await editor.getByRole('textbox', { name: 'Column name' }).press('Enter');
    await expect(migration(page)).toContainText(/ALTER TABLE `actor` ADD COLUMN `nickname`/);
    // MySQL runs DDL outside transactions: every statement says so.
    await expect(migration(page)).toContainText('NOT_TRANSACTIONAL');
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(
      migration(page)
        .getByRole('status')
        .filter({ hasText: /Proven/ }),
    ).toBeVisible({ timeout: 60_000 });
  });

  test('a MySQL project from SQL: read on the MariaDB shadow, shown as MySQL DDL in the SQL editor', async ({
    page,
    studio,
  }) => {
    await page.goto(studio.url);
    await page.getByRole('button', { name: 'New project' }).click();
    const dialog = page.getByRole('dialog', { name: 'New project' });
    await dialog.getByRole('textbox', { name: 'Project name' }).fill('MySQL from SQL');
    await dialog.getByRole('button', { name: 'From SQL' }).click();
    await dialog.getByRole('combobox', { name: 'Database' }).selectOption('mysql');
    await dialog
      .getByRole('textbox', { name: 'SQL' })
      .fill(
        "CREATE TABLE gift (id INT UNSIGNED AUTO_INCREMENT PRIMARY KEY, kind SET('card','code')) ENGINE=InnoDB;",
      );
    await dialog.getByRole('button', { name: 'Create project' }).click();
    await expect(tableNode(page, 'gift').getByRole('listitem', { name: 'column kind' })).toBeVisible();
    await expect(migration(page)).toContainText('CREATE TABLE `gift`');
    await page.getByRole('button', { name: 'SQL' }).click();
    await expect(page.getByRole('region', { name: 'SQL editor' })).toContainText('AUTO_INCREMENT', {
      timeout: 30_000,
    });
  });
});
