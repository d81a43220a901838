import { unnamedControls } from '../support/a11y.ts';
import { createDemoProject, expect, test } from '../support/fixtures.ts';
import { unzipDownload } from '../support/zip.ts';

const SET = [
  'docs/database/README.md',
  'docs/database/schema/erd-diagram.md',
  'docs/database/schema/table-definitions.md',
  'docs/database/schema/data-dictionary.md',
];

test('export docs: preview with the diagrams drawn, links followed in place, the zip downloaded', async ({
  page,
  studio,
}) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await createDemoProject(page, studio, 'Docs demo');

  const projectUrl = page.url();
  await page.getByRole('button', { name: 'Export docs' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export docs' });
  const files = dialog.getByRole('navigation', { name: 'Documentation files' });
  // The preview waits for the new project's layout to be saved, then renders the stored design.
  await expect(files.getByRole('button', { name: 'README.md', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
    { timeout: 30_000 },
  );
  await expect(dialog.getByRole('heading', { name: 'Docs demo', exact: true, level: 1 })).toBeVisible();

  // The ERD: Mermaid draws it as SVG, with no error message and no error diagram.
  await files.getByRole('button', { name: 'schema/erd-diagram.md', exact: true }).click();
  const erd = dialog.getByRole('article', { name: 'schema/erd-diagram.md' });
  const diagram = erd.locator('svg[aria-roledescription="er"]').first();
  await expect(diagram).toBeVisible({ timeout: 30_000 });
  await expect(diagram).toContainText('public.books');
  await expect(erd.getByRole('status')).toHaveCount(0);
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await expect(page.getByText('Syntax error in text')).toHaveCount(0);
  expect(await unnamedControls(dialog)).toEqual([]);

  // A link to another file's anchor switches file and scrolls to the table.
  await erd.getByRole('link', { name: 'public.books', exact: true }).click();
  const tables = dialog.getByRole('article', { name: 'schema/table-definitions.md' });
  await expect(files.getByRole('button', { name: 'schema/table-definitions.md' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  const books = tables.getByRole('heading', { name: 'Table public.books', exact: true });
  await expect(books).toBeInViewport();
  await expect(books).toBeFocused();
  // An anchor in the same file: the foreign key of books.publisher_id leads to its table.
  await tables.getByRole('link', { name: 'public.publishers', exact: true }).first().click();
  const publishers = tables.getByRole('heading', { name: 'Table public.publishers', exact: true });
  await expect(publishers).toBeInViewport();
  await expect(books).not.toBeInViewport();
  // Followed inside the preview: the page itself never navigated.
  expect(page.url()).toBe(projectUrl);

  // The zip holds the set under docs/database/.
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('link', { name: 'Download zip' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Docs demo-docs.zip');
  const entries = await unzipDownload(download);
  expect(Object.keys(entries)).toEqual(expect.arrayContaining(SET));
  expect(entries['docs/database/schema/erd-diagram.md']).toContain('erDiagram');

  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  expect(pageErrors).toEqual([]);
});

test('the options choose what the set documents and how it is titled, and the zip follows them', async ({
  page,
  studio,
}) => {
  await createDemoProject(page, studio, 'Options demo');
  await page.getByRole('button', { name: 'Export docs' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export docs' });
  const files = dialog.getByRole('navigation', { name: 'Documentation files' });
  await expect(dialog.getByRole('heading', { name: 'Options demo', level: 1 })).toBeVisible({
    timeout: 30_000,
  });
  await expect(files.getByRole('button', { name: 'schema/findings.md' })).toHaveCount(0);

  await dialog.getByRole('textbox', { name: 'Title' }).fill('Book shop reference');
  await dialog.getByRole('textbox', { name: 'Exclude' }).fill('public.publish*, public.nothing_here');
  await dialog.getByRole('checkbox', { name: 'Advisor findings' }).check();

  await expect(dialog.getByRole('heading', { name: 'Book shop reference', level: 1 })).toBeVisible();
  await expect(files.getByRole('button', { name: 'schema/findings.md', exact: true })).toBeVisible();
  await files.getByRole('button', { name: 'schema/table-definitions.md', exact: true }).click();
  const tables = dialog.getByRole('article', { name: 'schema/table-definitions.md' });
  await expect(tables.getByRole('heading', { name: 'Table public.books', exact: true })).toBeVisible();
  await expect(tables.getByRole('heading', { name: 'Table public.publishers', exact: true })).toHaveCount(0);

  const downloading = page.waitForEvent('download');
  await dialog.getByRole('link', { name: 'Download zip' }).click();
  const entries = await unzipDownload(await downloading);
  expect(Object.keys(entries)).toContain('docs/database/schema/findings.md');
  expect(entries['docs/database/README.md']).toContain('# Book shop reference');
  expect(entries['docs/database/schema/table-definitions.md']).toContain('public.books');
  expect(entries['docs/database/schema/table-definitions.md']).not.toContain('Table `public.publishers`');

  // Back to the defaults: the project's name and every table again.
  await dialog.getByRole('textbox', { name: 'Title' }).fill('');
  await dialog.getByRole('textbox', { name: 'Exclude' }).fill('');
  await files.getByRole('button', { name: 'README.md', exact: true }).click();
  await expect(dialog.getByRole('heading', { name: 'Options demo', level: 1 })).toBeVisible();
  expect(await unnamedControls(dialog)).toEqual([]);
});

test('a diagram zooms with its buttons, the keyboard and Ctrl + wheel, and pans by dragging', async ({
  page,
  studio,
}) => {
  await createDemoProject(page, studio, 'Zoom demo');
  await page.getByRole('button', { name: 'Export docs' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export docs' });
  await dialog.getByRole('button', { name: 'schema/erd-diagram.md', exact: true }).click({ timeout: 30_000 });
  const erd = dialog.getByRole('article', { name: 'schema/erd-diagram.md' });
  const svg = erd.locator('svg[aria-roledescription="er"]');
  await expect(svg).toBeVisible({ timeout: 30_000 });
  const zoom = erd.getByRole('toolbar', { name: 'Diagram zoom' });
  const viewport = erd.getByRole('region', { name: /^Diagram: drag to pan/ });
  const width = async () => (await svg.boundingBox())?.width ?? 0;
  const natural = await svg.evaluate((element) => (element as SVGSVGElement).viewBox.baseVal.width);
  const shown = async () => Number((await zoom.getByTitle('Zoom level').textContent())?.replace('%', ''));

  // Fitted: never wider than the viewport, and the label says the scale it is drawn at.
  await expect(zoom.getByRole('button', { name: 'Fit width' })).toHaveAttribute('aria-pressed', 'true');
  const fitted = await width();
  expect(fitted).toBeLessThanOrEqual((await viewport.boundingBox())?.width ?? 0);
  expect(Math.abs((await shown()) - (fitted / natural) * 100)).toBeLessThanOrEqual(1);

  await zoom.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(width).toBeCloseTo(fitted * 1.25, 0);
  await expect(zoom.getByRole('button', { name: 'Fit width' })).toHaveAttribute('aria-pressed', 'false');
  await zoom.getByRole('button', { name: 'Actual size' }).click();
  await expect.poll(width).toBeCloseTo(natural, 0);
  await expect.poll(shown).toBe(100);

  // The keyboard, on the focused viewport: + zooms in, 0 fits again.
  await viewport.focus();
  await page.keyboard.press('+');
  await expect.poll(width).toBeCloseTo(natural * 1.25, 0);
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await expect.poll(shown).toBe(195);

  // Zoomed in past the viewport: dragging left scrolls right, and the scale stays.
  const box = await viewport.boundingBox();
  if (!box) throw new Error('the diagram viewport has no box');
  const scrollLeft = () => viewport.evaluate((element) => element.scrollLeft);
  const before = await scrollLeft();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 150, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect.poll(scrollLeft).toBeGreaterThan(before + 100);

  // Ctrl + wheel zooms out at the pointer, and the page itself does not zoom.
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, 400);
  await page.keyboard.up('Control');
  await expect.poll(shown).toBe(156);

  await page.keyboard.press('0');
  await expect.poll(width).toBeCloseTo(fitted, 0);
  expect(await unnamedControls(dialog)).toEqual([]);
});

/** A set the server could not make: a broken diagram beside a good one, and hostile HTML in a comment. */
const HOSTILE = [
  '# Hostile',
  '',
  '<img src="x" onerror="window.__docsXss = 1"><script>window.__docsXss = 2</script>',
  '',
  '[a script link](javascript:window.__docsXss=3)',
  '',
  '```mermaid',
  'erDiagram',
  '  a ||--o{',
  '```',
  '',
  '```mermaid',
  'erDiagram',
  '  shelves ||--o{ books : "shelf_id"',
  '```',
].join('\n');

test('a diagram Mermaid cannot draw shows its error; user HTML is sanitized', async ({ page, studio }) => {
  await createDemoProject(page, studio, 'Hostile docs');
  await page.route('**/api/projects/*/docs', (route) =>
    route.fulfill({ json: { files: [{ path: 'README.md', content: HOSTILE }] } }),
  );
  await page.getByRole('button', { name: 'Export docs' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export docs' });
  const readme = dialog.getByRole('article', { name: 'README.md' });
  await expect(readme.getByRole('heading', { name: 'Hostile' })).toBeVisible({ timeout: 30_000 });

  // The broken block says why, as an alert; the good one is still drawn.
  const alert = readme.getByRole('alert');
  await expect(alert).toHaveCount(1, { timeout: 30_000 });
  await expect(alert).toContainText('could not be drawn');
  await expect(alert).toContainText('Parse error on line 2');
  await expect(readme.locator('svg[aria-roledescription="er"]')).toHaveCount(1);
  await expect(readme.getByRole('status')).toHaveCount(0);

  await readme.getByText('a script link').click();
  expect(await readme.locator('img[onerror], script').count()).toBe(0);
  expect(await page.evaluate(() => (window as { __docsXss?: number }).__docsXss)).toBeUndefined();
});
