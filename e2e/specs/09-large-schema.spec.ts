import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, tableNode, test } from '../support/fixtures.ts';
import { REPO_ROOT } from '../support/studio.ts';

const GENERATOR = resolve(REPO_ROOT, '../shared/tools/gen-schema.mjs');

test.describe('a 1,000-table design', () => {
  test.skip(
    !existsSync(GENERATOR),
    `skipped: ${GENERATOR} is absent (the shared tools live beside the project)`,
  );

  test('opens, renders only what is in view, and stays editable', async ({ page, studio, request }) => {
    test.setTimeout(180_000);
    const sql = execFileSync('node', [GENERATOR, '--tables', '1000'], { maxBuffer: 1 << 28 }).toString();
    const created = await request.post(`${studio.url}/api/projects`, {
      data: { name: 'Thousand tables', source: { kind: 'sql', sql } },
      timeout: 120_000,
    });
    expect(created.status()).toBe(201);
    const project = (await created.json()) as { id: string; design: { tables: { name: string }[] } };
    expect(project.design.tables).toHaveLength(1000);

    await page.goto(`${studio.url}/projects/${project.id}`);
    const canvas = page.getByRole('region', { name: 'Canvas' });
    await expect(canvas.getByRole('group', { name: /^table / }).first()).toBeVisible({ timeout: 60_000 });
    // Only the tables in view are in the page, not a thousand.
    expect(await canvas.getByRole('group', { name: /^table / }).count()).toBeLessThan(200);

    // Search finds a table far away and brings it into view.
    const target = project.design.tables[987]?.name ?? '';
    await page.keyboard.press('ControlOrMeta+k');
    const search = page.getByRole('dialog', { name: 'Search tables and columns' });
    await search.getByRole('searchbox', { name: 'Search' }).fill(target);
    await search.getByRole('searchbox', { name: 'Search' }).press('Enter');
    await expect(tableNode(page, `public.${target}`)).toBeVisible({ timeout: 30_000 });

    // An edit on one table shows at once on its node.
    await tableNode(page, `public.${target}`).click({ position: { x: 20, y: 10 } });
    const tableName = page.getByRole('textbox', { name: 'Table name' });
    await expect(tableName).toHaveValue(target);
    await tableName.fill(`${target}_renamed`);
    await tableName.press('Enter');
    await expect(tableNode(page, `public.${target}_renamed`)).toBeVisible();
  });
});
