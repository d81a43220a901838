import { readFile } from 'node:fs/promises';
import { createDemoProject, expect, migration, test } from '../support/fixtures.ts';
import { unzipDownload } from '../support/zip.ts';

test('download the migration as plain SQL, golang-migrate files or Flyway files', async ({
  page,
  studio,
}) => {
  await createDemoProject(page, studio, 'Shop files');
  const panel = migration(page);
  await expect(panel).toContainText('CREATE TABLE');

  // Plain SQL: one file, the up script with the down one commented out after it.
  let downloading = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Download' }).click();
  let download = await downloading;
  expect(download.suggestedFilename()).toBe('shop_files.sql');
  const plain = await readFile(await download.path(), 'utf8');
  expect(plain).toMatch(
    /CREATE TABLE public\.books[\s\S]*-- Down \(to revert\):[\s\S]*-- DROP TABLE public\.books/,
  );

  // golang-migrate: a versioned pair, zipped to unpack into the migrations folder.
  await panel.getByRole('combobox', { name: 'Download format' }).selectOption('golang-migrate');
  await panel.getByRole('textbox', { name: 'Migration version' }).fill('42');
  downloading = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Download' }).click();
  download = await downloading;
  const pair = await unzipDownload(download);
  expect(Object.keys(pair).sort()).toEqual(['000042_shop_files.down.sql', '000042_shop_files.up.sql']);
  expect(pair['000042_shop_files.up.sql']).toContain('CREATE TABLE public.books');
  expect(pair['000042_shop_files.down.sql']).toContain('DROP TABLE public.books');

  // Flyway: V and U scripts; a version Flyway would not read cannot be downloaded.
  await panel.getByRole('combobox', { name: 'Download format' }).selectOption('flyway');
  await panel.getByRole('textbox', { name: 'Migration version' }).fill('v2');
  await expect(panel.getByRole('button', { name: 'Download' })).toBeDisabled();
  await panel.getByRole('textbox', { name: 'Migration version' }).fill('2.1');
  downloading = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Download' }).click();
  download = await downloading;
  expect(Object.keys(await unzipDownload(download)).sort()).toEqual([
    'U2.1__shop_files.sql',
    'V2.1__shop_files.sql',
  ]);
});
