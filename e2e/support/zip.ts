import { readFile } from 'node:fs/promises';
import type { Download } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';

/** The entries of a downloaded zip file, path → text. */
export async function unzipDownload(download: Download): Promise<Record<string, string>> {
  const bytes = new Uint8Array(await readFile(await download.path()));
  const entries = unzipSync(bytes);
  return Object.fromEntries(Object.entries(entries).map(([path, data]) => [path, strFromU8(data)]));
}
