import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';

/**
 * A fresh PGlite spends most of its start-up (~2 s) running initdb; loading an already initialized data
 * directory takes ~0.5 s. So the first shadow of a machine runs initdb once and keeps the result (a tarball of
 * a pristine cluster) in the temp folder, keyed by PGlite's version; every later shadow starts from it.
 */
const CACHE_FILE = join(tmpdir(), `schema-studio-pglite-${pgliteVersion()}.tar`);

/** The installed PGlite's version: a template made by another version must never be loaded. */
function pgliteVersion(): string {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const root = entry.slice(0, entry.lastIndexOf('/dist/'));
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
}

let template: Promise<Blob> | undefined;

export function initializedDataDir(): Promise<Blob> {
  template ??= loadOrCreateTemplate();
  return template;
}

async function loadOrCreateTemplate(): Promise<Blob> {
  try {
    return new Blob([new Uint8Array(await readFile(CACHE_FILE))]);
  } catch {
    const db = await PGlite.create();
    const dump = await db.dumpDataDir('none');
    await db.close();
    await saveAtomically(Buffer.from(await dump.arrayBuffer()));
    return dump;
  }
}

/** Write then rename, so a concurrent reader never sees half a tarball. */
async function saveAtomically(bytes: Buffer): Promise<void> {
  const partial = `${CACHE_FILE}.${randomBytes(4).toString('hex')}.partial`;
  try {
    await writeFile(partial, bytes);
    await rename(partial, CACHE_FILE);
  } catch {
    // The cache only saves time; without it every shadow runs initdb.
  }
}
