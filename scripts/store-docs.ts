/**
 * Documents the studio's own project store with its own docs command (dogfood): a scratch database on the local
 * PostgreSQL server is brought up by the store's migrations, then `schema-studio docs <url>` writes (or, with
 * --check, checks) docs/database/. Settings come from schema-studio.json at the repository root.
 *
 * Usage: pnpm -s docs:store [--check]
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { migrate } from '../apps/api/src/store/migrate.ts';
import { openPgDb } from '../apps/api/src/store/pg-db.ts';
import { createTempDatabase } from '../packages/postgres/src/testing/server.ts';

const root = resolve(import.meta.dirname, '..');
const scratch = await createTempDatabase('store_docs');
let status = 1;
try {
  const db = await openPgDb(scratch.url, (error) => console.error(error));
  try {
    await migrate(db);
  } finally {
    await db.close();
  }
  const args = [
    'apps/cli/launch.mjs',
    'docs',
    scratch.url,
    '--out',
    'docs/database',
    ...process.argv.slice(2),
  ];
  status = spawnSync('node', args, { cwd: root, stdio: 'inherit' }).status ?? 1;
} finally {
  await scratch.drop();
}
process.exit(status);
