import { createDemoProject, expect, showTable, test } from '../support/fixtures.ts';

test('edit the SQL: the canvas shows the new table; a syntax error shows a marker at its line', async ({
  page,
  studio,
}) => {
  await createDemoProject(page, studio, 'SQL editing');
  await page.getByRole('button', { name: 'SQL' }).click();
  const editor = page.getByRole('region', { name: 'SQL editor' });
  const text = editor.getByRole('textbox', { name: 'SQL DDL' });
  await expect(text).toBeAttached({ timeout: 30_000 });
  // Monaco's textbox is a 1-pixel textarea that Playwright never sees as stable to click: focus it instead.
  await text.focus();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText(
    'CREATE TABLE public.gift_card (code text PRIMARY KEY, balance numeric(10,2) NOT NULL);',
  );
  // The new table is found (once the engine has read the SQL) and shown.
  await expect(() => showTable(page, 'gift_card')).toPass({ timeout: 30_000 });
  // A statement left unfinished at the very end: the engine reports "end of input", a place with no character
  // to underline, so the squiggle goes under the last token, scrolled into view.
  await text.focus();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.insertText('\nCREATE TABLE dangling (id int\n');
  await expect(editor.getByRole('alert')).toContainText('syntax error at end of input', { timeout: 30_000 });
  const squiggle = editor.locator('.view-overlays .squiggly-error');
  await expect(squiggle).toHaveCount(1);
  await expect(squiggle).toBeInViewport();

  // A typo on line 3 (two blank lines, then the bad statement, at the top): the error names line 3, column 8,
  // Monaco draws a marker there, and the canvas keeps the last good design.
  await text.focus();
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.insertText('\n\nCREATE TABEL broken (id int);\n');
  await expect(editor.getByRole('alert')).toContainText(
    /^Line 3, column 8: syntax error at or near "TABEL"/,
    {
      timeout: 30_000,
    },
  );
  await expect(squiggle).toHaveCount(1);
  await expect(squiggle).toBeInViewport();
  // The canvas keeps the last good design.
  await showTable(page, 'gift_card');
});
