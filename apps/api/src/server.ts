import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from './app.ts';

/**
 * Runs the API: `PORT` (4000), `HOST` (127.0.0.1), `DATABASE_URL` (a PostgreSQL store; PGlite on disk without
 * it), `SCHEMA_STUDIO_DATA_DIR` (`<repo>/.data`), `SCHEMA_STUDIO_SECRET` (key for connection URLs),
 * `MYSQL_SHADOW_URL` (a MySQL/MariaDB server for MySQL scratch databases: reading MySQL SQL, proving migrations).
 */
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const env = process.env;

const webDist = join(repo, 'apps/web/dist');
const host = env.HOST ?? '127.0.0.1';
const app = await buildApp({
  store: env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : 'pglite',
  dataDir: resolve(env.SCHEMA_STUDIO_DATA_DIR ?? join(repo, '.data')),
  ...(existsSync(webDist) ? { webDist } : {}),
  ...(env.SCHEMA_STUDIO_SECRET ? { secret: env.SCHEMA_STUDIO_SECRET } : {}),
  ...(env.MYSQL_SHADOW_URL ? { mysqlShadowUrl: env.MYSQL_SHADOW_URL } : {}),
  host,
  logger: true,
});

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    app.log.info(`${signal}: closing`);
    // Finish in-flight requests and close the store, so PGlite checkpoints its data directory.
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error({ err: error }, 'close failed');
        process.exit(1);
      },
    );
  });
}

const address = await app.listen({ port: Number(env.PORT ?? 4000), host });
app.log.info(`Schema Studio at ${address} (API docs: ${address}/api/docs)`);
