#!/usr/bin/env node
// Starts the CLI from its bundle, rebuilding the bundle first when any source is newer. One bundled file
// starts several times faster than transpiling the workspace's TypeScript on every run.
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const bundle = join(here, 'dist/schema-studio.mjs');
const sourceDirs = [
  'apps/cli/src',
  'packages/schema/src',
  'packages/diff/src',
  'packages/docs/src',
  'packages/postgres/src',
  'packages/mysql/src',
  'packages/lint/src',
];

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function isStale() {
  if (!existsSync(bundle)) return true;
  const built = statSync(bundle).mtimeMs;
  return sourceDirs.some((dir) => newestMtime(join(root, dir)) > built);
}

export async function buildBundle() {
  const { build } = await import('esbuild');
  rmSync(join(here, 'dist'), { recursive: true, force: true });
  await build({
    entryPoints: { 'schema-studio': join(here, 'src/main.ts') },
    outdir: join(here, 'dist'),
    outExtension: { '.js': '.mjs' },
    // Code only some commands need (the embedded engine) goes into chunks loaded on demand.
    splitting: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Packages that load WASM or data files next to their own modules must stay in node_modules.
    // pg is bundled: loading it from node_modules through the CJS loader costs more than the rest of start-up.
    external: ['@electric-sql/pglite', '@electric-sql/pglite/*', 'libpg-query', 'pg-native', 'pg-cloudflare'],
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
    logLevel: 'error',
  });
}

if (process.argv[2] === '--build') {
  await buildBundle();
} else {
  if (isStale()) await buildBundle();
  await import(pathToFileURL(bundle).href);
}
