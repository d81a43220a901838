import { join } from 'node:path';
import { createTempDatabase, type TempDatabase } from '@schema-studio/postgres/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../src/store/migrate.ts';
import { openPgliteDb } from '../src/store/pglite-db.ts';
import { call, pgliteApp, type TempDir, tempDir } from './helpers.ts';
import { projectLifecycle } from './lifecycle.ts';

let dir: TempDir;
let app: FastifyInstance;
let live: TempDatabase;

beforeAll(async () => {
  dir = tempDir();
  live = await createTempDatabase('api_projects');
  await live.exec('CREATE TABLE shelves (id int PRIMARY KEY, label text)');
  app = await pgliteApp(dir.path);
});
afterAll(async () => {
  await app.close();
  await live.drop();
  dir.remove();
});

describe('store: PGlite on local disk', () => {
  projectLifecycle(() => ({ app, live }));

  it('keeps projects across a restart on the same data dir', async () => {
    const before = (await call(app, 'GET', '/api/projects')).body.projects;
    const loaded = await Promise.all(
      before.map((p: { id: string }) => call(app, 'GET', `/api/projects/${p.id}`)),
    );
    await app.close();
    app = await pgliteApp(dir.path);
    expect((await call(app, 'GET', '/api/projects')).body.projects).toEqual(before);
    for (const project of loaded) {
      expect((await call(app, 'GET', `/api/projects/${project.body.id}`)).body).toEqual(project.body);
    }
  });

  it('applies its migrations once and records them', async () => {
    await app.close();
    const db = await openPgliteDb(join(dir.path, 'store'));
    try {
      expect(await migrate(db)).toEqual([]);
      const rows = await db.query('SELECT version, name, applied_at FROM schema_studio_migrations');
      expect(rows.map((r) => [r.version, r.name])).toEqual([
        [1, 'initial'],
        [2, 'mysql-connections'],
        [3, 'accounts'],
        [4, 'proposals'],
      ]);
      expect(rows[0]?.applied_at).toBeInstanceOf(Date);
    } finally {
      await db.close();
    }
    app = await pgliteApp(dir.path);
  });
});
