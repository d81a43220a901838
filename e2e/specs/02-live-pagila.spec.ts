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
    // Fitted to the view, pagila is small enough on screen to be drawn as the overview: one canvas, no node
    // per table. Its description counts tables and relations, and a list names every table in view.
    await page.getByRole('button', { name: 'Zoom to fit' }).click();
    const overview = canvas.getByRole('img', { name: /^Overview of/ });
    await expect(overview).toHaveAccessibleName(
      new RegExp(`^Overview of ${tables.rows.length} tables and ${fks.rows[0].n} relations`),
    );
    const inView = canvas.getByRole('list', { name: 'Tables in view' });
    for (const row of tables.rows) {
      await expect(
        inView.getByRole('button', { name: `Zoom to table public.${row.table_name}`, exact: true }),
      ).toBeAttached();
    }
    // From the keyboard: a table of the list zooms to it, where tables show their columns and relations.
    await inView.getByRole('button', { name: 'Zoom to table public.film', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(
      tableNode(page, 'public.film').getByRole('listitem', { name: 'column title' }),
    ).toBeVisible();
    await expect(canvas.locator('.react-flow__edge').first()).toBeAttached();
    // Baseline and design are the live schema: nothing to migrate.
    await expect(page.getByRole('region', { name: 'Migration' })).toContainText('No changes');
  });
});
