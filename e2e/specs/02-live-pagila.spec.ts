import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createDatabase, type E2eDatabase } from '../support/database.ts';
import { createProjectFromDatabase, expect, tableNode, test } from '../support/fixtures.ts';
import { REPO_ROOT } from '../support/studio.ts';

const PAGILA = resolve(REPO_ROOT, '../shared/fixtures/postgres/pagila/schema.sql');

test.describe('a project from a live connection', () => {
  test.skip(
    !existsSync(PAGILA),
    `skipped: ${PAGILA} is absent (the shared fixtures live beside the project)`,
  );
  let db: E2eDatabase;
  test.beforeAll(async () => {
    db = await createDatabase('pagila', PAGILA);
  });
  test.afterAll(async () => {
    await db?.drop();
  });

  test('shows all of pagila’s tables and relations', async ({ page, studio }) => {
    const tables = await db.query(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
    );
    const fks = await db.query(
      "SELECT count(*)::int AS n FROM pg_constraint WHERE contype = 'f' AND conparentid = 0",
    );
    await createProjectFromDatabase(page, studio, db.url, 'Pagila');
    const canvas = page.getByRole('region', { name: 'Canvas' });
    await page.getByRole('button', { name: 'Zoom to fit' }).click();
    for (const row of tables.rows) await expect(tableNode(page, `public.${row.table_name}`)).toBeAttached();
    await expect(canvas.locator('.react-flow__edge')).toHaveCount(fks.rows[0].n);
    // Baseline and design are the live schema: nothing to migrate.
    await expect(page.getByRole('region', { name: 'Migration' })).toContainText('No changes');
  });
});
