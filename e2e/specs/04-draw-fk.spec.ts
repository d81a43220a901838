import { resolve } from 'node:path';
import { createDatabase, type E2eDatabase } from '../support/database.ts';
import { createProjectFromDatabase, expect, migration, tableNode, test } from '../support/fixtures.ts';
import { REPO_ROOT } from '../support/studio.ts';

let db: E2eDatabase;
test.beforeAll(async () => {
  db = await createDatabase('drawfk', resolve(REPO_ROOT, 'e2e/fixtures/shop.sql'));
});
test.afterAll(async () => {
  await db?.drop();
});

test('draw a foreign key between two columns: the migration adds the constraint', async ({
  page,
  studio,
}) => {
  await createProjectFromDatabase(page, studio, db.url, 'Draw FK');
  const from = tableNode(page, 'public.orders').getByRole('listitem', { name: 'column customer_id' });
  const to = tableNode(page, 'public.customers').getByRole('listitem', { name: 'column id' });
  const edges = page.getByRole('region', { name: 'Canvas' }).locator('.react-flow__edge');
  // The canvas may still move a node after it first looks settled (fit, measuring): a drag that misses its
  // handle draws nothing, so measure the handles again and retry until the edge exists.
  await expect(async () => {
    const source = await from.locator('.react-flow__handle-right').boundingBox();
    const target = await to.locator('.react-flow__handle-left').boundingBox();
    if (!source || !target) throw new Error('column handles are not on screen');
    await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
    await page.mouse.down();
    await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 12 });
    await page.mouse.up();
    await expect(edges).toHaveCount(1, { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await expect(migration(page)).toContainText(
    /ADD CONSTRAINT \w+ FOREIGN KEY \(customer_id\) REFERENCES public\.customers \(id\)/,
  );
  await expect(edges).toHaveCount(1);
});
