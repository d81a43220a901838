import { createDemoProject, expect, selectTable, test } from '../support/fixtures.ts';

/** Interactive roles that must always carry a name; an unnamed one shows in an ARIA snapshot as `- button`. */
const UNNAMED =
  /^\s*- (button|textbox|checkbox|combobox|searchbox|link|tab|radio|slider|spinbutton|switch)( \[[^\]]*\])*:?$/;

function unnamedControls(snapshot: string): string[] {
  return snapshot.split('\n').filter((line) => UNNAMED.test(line));
}

test('every interactive control has an accessible name', async ({ page, studio }) => {
  await page.goto(studio.url);
  expect(unnamedControls(await page.locator('body').ariaSnapshot())).toEqual([]);
  await page.getByRole('button', { name: 'New project' }).click();
  for (const source of ['Demo project', 'Empty project', 'From SQL', 'From a database']) {
    await page.getByRole('button', { name: source }).click();
    expect(unnamedControls(await page.locator('body').ariaSnapshot())).toEqual([]);
  }
  await page.keyboard.press('Escape');

  await createDemoProject(page, studio, 'Names');
  await selectTable(page, 'public.books');
  await page.getByRole('button', { name: 'SQL' }).click();
  await expect(
    page.getByRole('region', { name: 'SQL editor' }).getByRole('textbox', { name: 'SQL DDL' }),
  ).toBeAttached({
    timeout: 30_000,
  });
  expect(unnamedControls(await page.locator('body').ariaSnapshot())).toEqual([]);
  await page.keyboard.press('ControlOrMeta+k');
  await page.getByRole('searchbox', { name: 'Search' }).fill('book');
  expect(unnamedControls(await page.locator('body').ariaSnapshot())).toEqual([]);
});
