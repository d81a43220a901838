import { resolve } from 'node:path';
import { createDatabase, type E2eDatabase } from '../support/database.ts';
import { createProjectFromDatabase, expect, migration, tableNode, test } from '../support/fixtures.ts';
import { REPO_ROOT } from '../support/studio.ts';

let db: E2eDatabase;
test.beforeAll(async () => {
  db = await createDatabase('advisor', resolve(REPO_ROOT, 'e2e/fixtures/advisor.sql'));
});
test.afterAll(async () => {
  await db?.drop();
});

test('the advisor finds a foreign key without an index, focuses its table, and its fix is one undo step', async ({
  page,
  studio,
}) => {
  await createProjectFromDatabase(page, studio, db.url, 'Advisor');
  await expect(migration(page)).toContainText('No changes');

  // On the canvas: the table's badge and its live row estimate and size, without opening anything.
  const orders = tableNode(page, 'public.orders');
  await expect(orders.getByRole('img', { name: '1 advisor finding' })).toBeVisible();
  await expect(orders.getByRole('img', { name: /^about 300 rows, .* in total$/ })).toBeVisible();
  await expect(tableNode(page, 'public.customers').getByRole('img', { name: /advisor finding/ })).toHaveCount(
    0,
  );

  await page.getByRole('button', { name: 'Advisor', exact: true }).click();
  const advisor = page.getByRole('region', { name: 'Advisor' });
  await expect(advisor.getByText('With live statistics.')).toBeVisible();
  const finding = advisor.getByRole('button', {
    name: /^warning Foreign key orders_customer_id_fkey on public\.orders .* has no index/,
  });
  await expect(finding).toBeVisible();
  await expect(advisor.getByRole('checkbox', { name: 'Warnings (1)' })).toBeChecked();

  // The severity filter hides it and shows it again.
  await advisor.getByRole('checkbox', { name: 'Warnings (1)' }).uncheck();
  await expect(finding).toBeHidden();
  await advisor.getByRole('checkbox', { name: 'Warnings (1)' }).check();

  // Clicking the finding focuses its table: selected on the canvas, open in the inspector.
  await finding.click();
  await expect(page.getByRole('textbox', { name: 'Table name' })).toHaveValue('orders');
  await expect(orders).toHaveClass(/selected/);

  await advisor.getByRole('button', { name: /^Apply fix: Foreign key orders_customer_id_fkey/ }).click();
  await expect(migration(page)).toContainText('CREATE INDEX');
  await expect(migration(page)).toContainText('public.orders');
  await expect(finding).toBeHidden();
  await expect(advisor.getByText('No findings: the advisor has nothing to say.')).toBeVisible();
  await expect(orders.getByRole('img', { name: /advisor finding/ })).toHaveCount(0);

  // One undo step takes the index away again, and the finding comes back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(migration(page)).toContainText('No changes');
  await expect(finding).toBeVisible();
  await expect(orders.getByRole('img', { name: '1 advisor finding' })).toBeVisible();
});

test('an index the live database never read is reported from its statistics, and its fix drops it concurrently', async ({
  page,
  studio,
}) => {
  // A new index has no reads yet: the statistics say it is unused (it enforces nothing, and no key needs it).
  await db.query('CREATE INDEX customers_name_idx ON public.customers (name)');
  try {
    await createProjectFromDatabase(page, studio, db.url, 'Unused index');
    await page.getByRole('button', { name: 'Advisor', exact: true }).click();
    const advisor = page.getByRole('region', { name: 'Advisor' });
    const finding = advisor.getByRole('button', {
      name: /^info live Index customers_name_idx on public\.customers has not been read since .*; it takes 16 kB\./,
    });
    await expect(finding).toBeVisible();

    await advisor.getByRole('button', { name: /^Apply fix: Index customers_name_idx/ }).click();
    await expect(migration(page)).toContainText('DROP INDEX CONCURRENTLY public.customers_name_idx');
    await expect(migration(page)).toContainText('NOT_TRANSACTIONAL');
    await expect(finding).toBeHidden();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(migration(page)).toContainText('No changes');
    await expect(finding).toBeVisible();
  } finally {
    await db.query('DROP INDEX public.customers_name_idx');
  }
});
