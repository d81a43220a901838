import { resolve } from 'node:path';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { unnamedControls } from '../support/a11y.ts';
import { createDatabase, type E2eDatabase } from '../support/database.ts';
import { createProjectFromDatabase, migration, selectTable } from '../support/fixtures.ts';
import { REPO_ROOT, type Studio, startStudio } from '../support/studio.ts';

const PASSWORD = 'correct horse battery';
const SHOP = resolve(REPO_ROOT, 'e2e/fixtures/shop.sql');

/** The columns of public.customers on the real database, read with our own query. */
async function customerColumns(db: E2eDatabase): Promise<string[]> {
  const { rows } = await db.query(
    "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'customers' ORDER BY ordinal_position",
  );
  return rows.map((r: { column_name: string }) => r.column_name);
}

/** Adds a column to customers in the inspector, as a person would; `notNull` without a default. */
async function addCustomerColumn(page: Page, name: string, notNull = false) {
  await selectTable(page, 'public.customers');
  await page.getByRole('button', { name: 'Add column' }).click();
  const editor = page.getByRole('group', { name: /^edit column column_\d+$/ });
  await editor.getByRole('textbox', { name: 'Column name' }).fill(name);
  await editor.getByRole('textbox', { name: 'Column name' }).press('Enter');
  if (notNull) {
    await page
      .getByRole('group', { name: `edit column ${name}` })
      .getByRole('checkbox', { name: 'Not null' })
      .check();
  }
  await expect(migration(page)).toContainText(`ADD COLUMN ${name} text${notNull ? ' NOT NULL' : ''}`);
}

/** "Request review" from the migration panel; returns the review page's address. */
async function requestReview(page: Page, title: string, description: string): Promise<string> {
  await migration(page).getByRole('button', { name: 'Request review' }).click();
  const dialog = page.getByRole('dialog', { name: 'Request review' });
  await dialog.getByRole('textbox', { name: 'Title' }).fill(title);
  await dialog.getByRole('textbox', { name: 'Description' }).fill(description);
  expect(await unnamedControls(dialog)).toEqual([]);
  await dialog.getByRole('button', { name: 'Create proposal' }).click();
  await expect(page).toHaveURL(/\/proposals\/[\w-]+$/);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  return page.url();
}

/** Ada is the admin (owner of what she creates); Bea joins through an invitation. Two browser contexts. */
async function twoPeople(browser: Browser, studio: Studio) {
  const adaContext = await browser.newContext();
  const beaContext = await browser.newContext();
  const ada = await adaContext.newPage();
  // The first account ends local mode: from now on the studio asks everyone to sign in.
  const setup = await ada.request.post(`${studio.url}/api/auth/setup`, {
    data: { email: 'ada@example.com', name: 'Ada', password: PASSWORD },
  });
  expect(setup.status()).toBe(201);
  const invitation = await ada.request.post(`${studio.url}/api/auth/invitations`, {
    data: { email: 'bea@example.com' },
  });
  const { path } = (await invitation.json()) as { path: string };
  const bea = await beaContext.newPage();
  await bea.goto(`${studio.url}${path}`);
  const accept = bea.getByRole('form', { name: 'Accept invitation' });
  await accept.getByRole('textbox', { name: 'Name' }).fill('Bea');
  await accept.getByLabel('Password').fill(PASSWORD);
  await accept.getByRole('button', { name: 'Create account' }).click();
  await expect(bea.getByRole('button', { name: 'Sign out' })).toBeVisible();
  return {
    ada,
    bea,
    close: async () => {
      await adaContext.close();
      await beaContext.close();
    },
  };
}

test('an editor requests review, a reviewer comments and approves on the shared page, the editor applies it to the database', async ({
  browser,
}) => {
  const db = await createDatabase('review', SHOP);
  const studio = await startStudio();
  const people = await twoPeople(browser, studio);
  try {
    const { ada, bea } = people;
    await createProjectFromDatabase(ada, studio, db.url, 'Shop');
    const projectId = decodeURIComponent(/\/projects\/([^/]+)$/.exec(ada.url())?.[1] ?? '');
    const shared = await ada.request.post(`${studio.url}/api/projects/${projectId}/members`, {
      data: { account: 'bea@example.com', role: 'reviewer' },
    });
    expect(shared.ok()).toBe(true);

    await addCustomerColumn(ada, 'nickname');
    const reviewUrl = await requestReview(ada, 'Customer nicknames', 'Lets customers pick a display name.');
    await expect(ada.getByText('Status Open')).toBeVisible();
    await expect(ada.getByRole('region', { name: 'Apply', exact: true })).toContainText(
      'once it is approved',
    );

    // Bea opens the link she was sent.
    await bea.goto(reviewUrl);
    await expect(bea.getByRole('heading', { level: 1, name: 'Customer nicknames' })).toBeVisible();
    await expect(bea.getByText('Lets customers pick a display name.')).toBeVisible();
    await expect(bea.getByRole('region', { name: 'Apply', exact: true })).toContainText(
      'The one statement runs inside a transaction',
    );
    const canvas = bea.getByRole('region', { name: 'Change canvas' });
    const customers = canvas.getByRole('group', { name: 'table public.customers, changed' });
    await expect(customers.getByRole('listitem', { name: 'column nickname, added' })).toBeVisible();
    await expect(customers.getByRole('listitem', { name: 'column email' })).toBeVisible();
    await expect(canvas.getByRole('list', { name: 'Legend' })).toContainText('Removed');
    await expect(bea.getByRole('region', { name: 'SQL', exact: true }).locator('.view-lines')).toContainText(
      'ADD COLUMN nickname',
    );
    expect(await unnamedControls(bea.locator('body'))).toEqual([]);
    // A reviewer neither applies nor closes.
    await expect(bea.getByRole('button', { name: 'Apply to database' })).toHaveCount(0);
    await expect(bea.getByRole('button', { name: 'Close proposal' })).toHaveCount(0);

    const statement = bea.getByRole('listitem', { name: 'Statement 1' });
    await statement.getByRole('button', { name: 'Comment on statement 1' }).click();
    await statement.getByRole('textbox', { name: 'Comment on statement 1' }).fill('Should this be unique?');
    await statement.getByRole('button', { name: 'Post comment' }).click();
    const thread = statement.getByRole('article', { name: 'Thread on up statement 1 by bea@example.com' });
    await expect(thread).toContainText('Should this be unique?');
    await bea.getByRole('button', { name: 'Approve' }).click();
    await expect(bea.getByText('Status Approved')).toBeVisible();

    // Ada sees the comment, answers it, resolves it and applies.
    await ada.reload();
    const adaThread = ada.getByRole('article', { name: 'Thread on up statement 1 by bea@example.com' });
    await adaThread
      .getByRole('textbox', { name: 'Reply to thread on up statement 1' })
      .fill('No, names repeat.');
    await adaThread.getByRole('button', { name: 'Reply' }).click();
    await expect(adaThread).toContainText('No, names repeat.');
    await adaThread.getByRole('button', { name: 'Resolve thread' }).click();
    await expect(adaThread.getByRole('button', { name: 'Reopen thread' })).toBeVisible();
    await ada.getByRole('button', { name: 'Apply to database' }).click();
    await expect(ada.getByRole('region', { name: 'Apply', exact: true }).getByRole('status')).toContainText(
      'Applied: 1 statement ran on the database.',
    );
    await expect(ada.getByText('Status Applied')).toBeVisible();
    await expect(ada.getByRole('region', { name: 'Apply attempts' })).toContainText(
      'Applied by ada@example.com',
    );
    await expect(ada.getByRole('region', { name: 'Activity' })).toContainText('bea@example.com approved');

    expect(await unnamedControls(ada.locator('body'))).toEqual([]);
    expect(await customerColumns(db)).toEqual(['id', 'email', 'name', 'nickname']);

    // The project's list of reviews shows it as applied.
    await ada.getByRole('link', { name: 'Open the project' }).click();
    await migration(ada).getByRole('button', { name: 'Reviews' }).click();
    const reviews = ada.getByRole('dialog', { name: 'Reviews' });
    await expect(reviews.getByRole('listitem').filter({ hasText: 'Customer nicknames' })).toContainText(
      'Applied',
    );
  } finally {
    await people.close();
    await studio.stop();
    await db.drop();
  }
});

test('a statement that fails on the database leaves it unchanged and the page names it; a fixed revision outdates its thread and applies', async ({
  page,
}) => {
  const db = await createDatabase('reviewfail', SHOP);
  // Local mode (no accounts): the one person is the owner, who may comment, approve and apply alike.
  const studio = await startStudio();
  try {
    await createProjectFromDatabase(page, studio, db.url, 'Shop');
    // customers has rows: a NOT NULL column without a default cannot be added to it.
    await addCustomerColumn(page, 'nickname', true);
    const reviewUrl = await requestReview(page, 'Required nickname', '');
    const statement = page.getByRole('listitem', { name: 'Statement 1' });
    await statement.getByRole('button', { name: 'Comment on statement 1' }).click();
    await statement.getByRole('textbox', { name: 'Comment on statement 1' }).fill('Existing rows have none.');
    await statement.getByRole('button', { name: 'Post comment' }).click();
    await expect(statement.getByRole('article')).toContainText('Existing rows have none.');
    await page.getByRole('button', { name: 'Approve' }).click();
    await expect(page.getByText('Status Approved')).toBeVisible();
    await page.getByRole('button', { name: 'Apply to database' }).click();

    const failure = page.getByRole('region', { name: 'Apply', exact: true }).getByRole('alert');
    await expect(failure).toContainText('Statement 1 failed');
    await expect(failure).toContainText('contains null values');
    await expect(failure.getByRole('figure', { name: 'Failing statement 1' })).toContainText(
      'ADD COLUMN nickname text NOT NULL',
    );
    await expect(failure).toContainText('Nothing was changed');
    await expect(page.getByText('Status Approved')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Apply attempts' })).toContainText('Failed by local');
    expect(await customerColumns(db)).toEqual(['id', 'email', 'name']);

    // The fix: the column may be null after all. Saved, then pushed as a new revision from the review page.
    await page.getByRole('link', { name: 'Open the project' }).click();
    await selectTable(page, 'public.customers');
    await page
      .getByRole('group', { name: 'edit column nickname' })
      .getByRole('checkbox', { name: 'Not null' })
      .uncheck();
    await expect(migration(page)).toContainText('ADD COLUMN nickname text;');
    await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
    await page.goto(reviewUrl);
    await page.getByRole('button', { name: "Push the project's current design as a new revision" }).click();
    await expect(page.getByText('Status Open')).toBeVisible();
    // The failure belonged to the old plan.
    await expect(page.getByRole('region', { name: 'Apply', exact: true }).getByRole('alert')).toHaveCount(0);
    const outdated = page.getByRole('region', { name: 'Outdated threads' });
    await expect(outdated.getByRole('article')).toContainText('Outdated');
    await expect(outdated.getByRole('article')).toContainText('ADD COLUMN nickname text NOT NULL');
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.getByRole('button', { name: 'Apply to database' }).click();
    await expect(page.getByText('Status Applied')).toBeVisible();
    expect(await customerColumns(db)).toEqual(['id', 'email', 'name', 'nickname']);
  } finally {
    await studio.stop();
    await db.drop();
  }
});

test('a database that drifted after review is not touched; its change is brought into the design and a new revision applies', async ({
  page,
}) => {
  const db = await createDatabase('reviewdrift', SHOP);
  const studio = await startStudio();
  try {
    await createProjectFromDatabase(page, studio, db.url, 'Shop');
    await addCustomerColumn(page, 'nickname');
    const reviewUrl = await requestReview(page, 'Nicknames', '');
    await page.getByRole('button', { name: 'Approve' }).click();
    await expect(page.getByText('Status Approved')).toBeVisible();

    // After the review, someone changes the database by hand.
    await db.query('ALTER TABLE public.customers ADD COLUMN phone text');
    await page.getByRole('button', { name: 'Apply to database' }).click();
    const refused = page.getByRole('region', { name: 'Apply', exact: true }).getByRole('alert');
    await expect(refused).toContainText('the database is no longer the baseline');
    await expect(refused.getByRole('list', { name: 'How the database differs' })).toContainText('phone');
    await expect(
      refused.getByRole('figure', { name: 'Statements from the baseline to the database' }),
    ).toContainText('ADD COLUMN phone');
    await expect(page.getByText('Status Approved')).toBeVisible();
    expect(await customerColumns(db)).toEqual(['id', 'email', 'name', 'phone']);

    // As the page says: refresh the baseline (bringing the new column into the design), push, review, apply.
    await page.getByRole('link', { name: 'Open the project' }).click();
    await page.getByRole('button', { name: 'Refresh from database' }).click();
    const changed = page.getByRole('dialog', { name: 'The database has changed' });
    await expect(changed.getByRole('region', { name: 'Changes in the database' })).toContainText(
      'column phone of public.customers added',
    );
    await changed.getByRole('button', { name: 'Bring into the design' }).click();
    await expect(migration(page)).toContainText('ADD COLUMN nickname text;');
    await expect(migration(page)).not.toContainText('DROP COLUMN phone');
    await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
    await page.goto(reviewUrl);
    await page.getByRole('button', { name: "Push the project's current design as a new revision" }).click();
    await expect(page.getByText('Status Open')).toBeVisible();
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.getByRole('button', { name: 'Apply to database' }).click();
    await expect(page.getByText('Status Applied')).toBeVisible();
    expect(await customerColumns(db)).toEqual(['id', 'email', 'name', 'phone', 'nickname']);
    await expect(page.getByRole('region', { name: 'Apply attempts' })).toContainText('Refused (drift)');
  } finally {
    await studio.stop();
    await db.drop();
  }
});
