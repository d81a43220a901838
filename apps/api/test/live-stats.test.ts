import {
  createTempDatabase as createMysqlDatabase,
  type TempDatabase as MysqlDatabase,
} from '@schema-studio/mysql/testing';
import { createTempDatabase, type TempDatabase } from '@schema-studio/postgres/testing';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
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

/** `GET /api/projects/:id/live-stats` on a real PostgreSQL and a real MariaDB database. */
let dir: TempDir;
let app: FastifyInstance;
let live: TempDatabase;
let mysqlLive: MysqlDatabase;

beforeAll(async () => {
  dir = tempDir();
  [live, mysqlLive] = await Promise.all([createTempDatabase('api_stats'), createMysqlDatabase('api_stats')]);
  await live.exec(`
    CREATE TABLE customers (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
    CREATE TABLE orders (
      id bigserial PRIMARY KEY,
      customer_id int NOT NULL REFERENCES customers (id),
      note text
    );
    CREATE INDEX orders_note ON orders (note);
    INSERT INTO customers (name) SELECT 'c' || g FROM generate_series(1, 50) g;
    INSERT INTO orders (customer_id) SELECT 1 + g % 50 FROM generate_series(1, 200) g;
    ANALYZE customers;
    ANALYZE orders;
  `);
  await mysqlLive.exec(`
    CREATE TABLE authors (id INT PRIMARY KEY AUTO_INCREMENT, name VARCHAR(100) NOT NULL) ENGINE=InnoDB;
    INSERT INTO authors (name) VALUES ('a'), ('b'), ('c');
  `);
  app = await pgliteApp(dir.path);
});
afterAll(async () => {
  await app?.close();
  await Promise.all([live?.drop(), mysqlLive?.drop()]);
  dir.remove();
});

const projectOn = (url: string) => projectOnDatabase(app, url);

describe('live statistics', () => {
  it('reads a PostgreSQL project: row estimates, sizes, indexes and sequences', async () => {
    const project = await projectOn(live.url);
    const answer = await call(app, 'GET', `/api/projects/${project.id}/live-stats`);
    expect(answer.status).toBe(200);
    const stats = answer.body;
    expect(stats.dialect).toBe('postgres');
    expect(typeof stats.collectedAt).toBe('string');
    const orders = stats.tables.find((t: Json) => t.table === 'orders');
    expect(orders).toMatchObject({ schema: 'public', rowEstimate: 200 });
    expect(orders.totalBytes).toBeGreaterThan(0);
    expect(stats.indexes.find((i: Json) => i.index === 'orders_note')).toMatchObject({
      table: 'orders',
      valid: true,
      unique: false,
      primary: false,
    });
    const identity = stats.sequences.find((s: Json) => s.kind === 'identity');
    expect(identity).toMatchObject({ ownedBy: { table: 'public.customers', column: 'id' }, lastValue: '50' });
    expect(identity.headroom).toBeGreaterThan(0.99);
  });

  it('gives up on a lock instead of hanging (lock timeout on the read)', async () => {
    const project = await projectOn(live.url);
    const blocker = new pg.Client({ connectionString: live.url });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE orders IN ACCESS EXCLUSIVE MODE');
      const started = Date.now();
      const answer = await call(app, 'GET', `/api/projects/${project.id}/live-stats`);
      expect(Date.now() - started).toBeLessThan(8_000);
      expectError(answer, 422, 'CONNECTION_FAILED');
      expect(answer.body.error.message).toMatch(/lock timeout/i);
      expect(answer.body.error.message).not.toContain('postgres://');
    } finally {
      await blocker.query('ROLLBACK');
      await blocker.end();
    }
  });

  it('reads a MariaDB project: estimates and AUTO_INCREMENT headroom', async () => {
    const project = await projectOn(mysqlLive.url);
    const answer = await call(app, 'GET', `/api/projects/${project.id}/live-stats`);
    expect(answer.status).toBe(200);
    const stats = answer.body;
    expect(stats.dialect).toBe('mysql');
    expect(stats.tables.find((t: Json) => t.table === 'authors')).toMatchObject({ schema: '' });
    const counter = stats.sequences.find((s: Json) => s.name === 'authors');
    expect(counter).toMatchObject({ kind: 'autoIncrement', schema: '' });
    expect(counter.headroom).toBeGreaterThan(0.99);
  });

  it('answers NO_CONNECTION for a project without a live database', async () => {
    const created = await call(app, 'POST', '/api/projects', { name: 'empty', source: { kind: 'empty' } });
    expectError(await call(app, 'GET', `/api/projects/${created.body.id}/live-stats`), 409, 'NO_CONNECTION');
  });

  it('answers PROJECT_NOT_FOUND for an unknown project', async () => {
    expectError(
      await call(app, 'GET', '/api/projects/00000000-0000-4000-8000-000000000000/live-stats'),
      404,
      'PROJECT_NOT_FOUND',
    );
  });
});
