import { createTempDatabase, type TempDatabase } from '@schema-studio/postgres/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { call, type TempDir, tempDir } from './helpers.ts';
import { projectLifecycle } from './lifecycle.ts';

let dir: TempDir;
let app: FastifyInstance;
let live: TempDatabase;
let storeDb: TempDatabase;

const start = () =>
  buildApp({ store: { databaseUrl: storeDb.url }, dataDir: dir.path, secret: 'team secret' });

beforeAll(async () => {
  dir = tempDir();
  [live, storeDb] = await Promise.all([createTempDatabase('api_live'), createTempDatabase('api_store')]);
  await live.exec('CREATE TABLE shelves (id int PRIMARY KEY, label text)');
  app = await start();
});
afterAll(async () => {
  await app?.close();
  await Promise.all([live?.drop(), storeDb?.drop()]);
  dir.remove();
});

describe('store: PostgreSQL (databaseUrl)', () => {
  it('says which store it uses', async () => {
    expect((await call(app, 'GET', '/api/health')).body).toEqual({ ok: true, store: 'postgres' });
  });

  projectLifecycle(() => ({ app, live }));

  it('applies migrations once, even with two instances starting together', async () => {
    const more = await Promise.all([start(), start()]);
    await Promise.all(more.map((a) => a.close()));
    const rows = await storeDb.query('SELECT version, name FROM schema_studio_migrations');
    expect(rows.rows).toEqual([
      { version: 1, name: 'initial' },
      { version: 2, name: 'mysql-connections' },
      { version: 3, name: 'accounts' },
      { version: 4, name: 'proposals' },
    ]);
  });

  it('keeps projects across a restart', async () => {
    const before = (await call(app, 'GET', '/api/projects')).body;
    await app.close();
    app = await start();
    expect((await call(app, 'GET', '/api/projects')).body).toEqual(before);
  });
});
