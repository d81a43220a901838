import {
  createTempDatabase as createMysqlDatabase,
  type TempDatabase as MysqlDatabase,
} from '@schema-studio/mysql/testing';
import { createTempDatabase, type TempDatabase } from '@schema-studio/postgres/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  expectError,
  type Json,
  pgliteApp,
  projectOnDatabase,
  type TempDir,
  tempDir,
} from './helpers.ts';

/** `GET /api/projects/:id/drift` on a real PostgreSQL and a real MariaDB database. */
let dir: TempDir;
let app: FastifyInstance;
let live: TempDatabase;
let mysqlLive: MysqlDatabase;

beforeAll(async () => {
  dir = tempDir();
  [live, mysqlLive] = await Promise.all([createTempDatabase('api_drift'), createMysqlDatabase('api_drift')]);
  await live.exec('CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL);');
  await mysqlLive.exec(
    'CREATE TABLE authors (id INT PRIMARY KEY, name VARCHAR(100) NOT NULL) ENGINE=InnoDB;',
  );
  app = await pgliteApp(dir.path);
});
afterAll(async () => {
  await app?.close();
  await Promise.all([live?.drop(), mysqlLive?.drop()]);
  dir.remove();
});

const projectOn = (url: string) => projectOnDatabase(app, url);

describe('drift of the live database from the baseline', () => {
  it('is none right after the project is read, then names what changed, and changes nothing itself', async () => {
    const project = await projectOn(live.url);
    const still = await call(app, 'GET', `/api/projects/${project.id}/drift`);
    expect(still.status).toBe(200);
    expect(still.body).toEqual({ drifted: false, changes: [], statements: [], firstDifference: null });

    await live.exec(
      'ALTER TABLE customers ADD COLUMN phone text; CREATE TABLE coupons (code text PRIMARY KEY);',
    );
    const moved = await call(app, 'GET', `/api/projects/${project.id}/drift`);
    expect(moved.status).toBe(200);
    expect(moved.body.drifted).toBe(true);
    expect(moved.body.statements.join('\n')).toContain('ADD COLUMN phone text');
    expect(moved.body.statements.join('\n')).toContain('CREATE TABLE public.coupons');
    expect(moved.body.changes.join('\n')).toMatch(/phone/);
    // The baseline is untouched: the same answer again, until a refresh reads the database in.
    const stored = await call(app, 'GET', `/api/projects/${project.id}`);
    expect(stored.body.baseline.tables.map((t: Json) => t.name)).toEqual(['customers']);
    await call(app, 'POST', `/api/projects/${project.id}/refresh-baseline`);
    expect((await call(app, 'GET', `/api/projects/${project.id}/drift`)).body.drifted).toBe(false);
  });

  it('reads a MySQL/MariaDB project the same way', async () => {
    const project = await projectOn(mysqlLive.url);
    expect((await call(app, 'GET', `/api/projects/${project.id}/drift`)).body.drifted).toBe(false);
    await mysqlLive.exec('ALTER TABLE authors ADD COLUMN born YEAR');
    const moved = await call(app, 'GET', `/api/projects/${project.id}/drift`);
    expect(moved.body.drifted).toBe(true);
    expect(moved.body.statements.join('\n')).toContain('`born`');
  });

  it('answers NO_CONNECTION for a project without a database, PROJECT_NOT_FOUND for an unknown one', async () => {
    const empty = await call(app, 'POST', '/api/projects', { name: 'e', source: { kind: 'empty' } });
    expectError(await call(app, 'GET', `/api/projects/${empty.body.id}/drift`), 409, 'NO_CONNECTION');
    expectError(
      await call(app, 'GET', '/api/projects/00000000-0000-4000-8000-000000000000/drift'),
      404,
      'PROJECT_NOT_FOUND',
    );
  });
});
