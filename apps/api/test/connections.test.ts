import { statSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createTempDatabase, type TempDatabase } from '@schema-studio/postgres/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectError, type Json, pgliteApp, sleep, type TempDir, tempDir } from './helpers.ts';

const PASSWORD = 'pw-never-shown-7f3a';

let dir: TempDir;
let app: FastifyInstance;
let live: TempDatabase;
let liveUrl: string;
const logs: string[] = [];

beforeAll(async () => {
  dir = tempDir();
  live = await createTempDatabase('api_connections');
  await live.exec(
    'CREATE TABLE shelves (id int PRIMARY KEY, label text); CREATE TABLE books (id int PRIMARY KEY)',
  );
  // Local trust auth ignores the password, so a URL can carry one the tests then hunt for.
  const url = new URL(live.url);
  url.password = PASSWORD;
  liveUrl = url.toString();
  app = await pgliteApp(dir.path, {
    logger: { level: 'trace', stream: { write: (line: string) => logs.push(line) } },
  });
});
afterAll(async () => {
  await app.close();
  await live.drop();
  dir.remove();
});

async function waitForJob(id: string): Promise<Json> {
  for (let i = 0; i < 200; i++) {
    const { body } = await call(app, 'GET', `/api/jobs/${id}`);
    if (body.status !== 'running') return body;
    await sleep(50);
  }
  throw new Error(`job ${id} did not finish`);
}

describe('connections', () => {
  let id: string;

  it('tests and stores a connection, showing everything but the password', async () => {
    const { status, body } = await call(app, 'POST', '/api/connections', { name: 'shop', url: liveUrl });
    expect(status).toBe(201);
    expect(body).toMatchObject({
      name: 'shop',
      dialect: 'postgres',
      host: '127.0.0.1',
      port: 5432,
      user: 'postgres',
    });
    expect(body.database).toBe(live.name);
    expect(Object.keys(body).sort()).toEqual([
      'createdAt',
      'database',
      'dialect',
      'host',
      'id',
      'name',
      'port',
      'user',
    ]);
    id = body.id;
    const list = await call(app, 'GET', '/api/connections');
    expect(list.body.connections.map((c: Json) => c.id)).toEqual([id]);
    expect(JSON.stringify(list.body)).not.toContain(PASSWORD);
  });

  it('rejects a bad URL and an unreachable database, never echoing the password', async () => {
    const bad = await call(app, 'POST', '/api/connections', { name: 'x', url: 'oracle://root@localhost/db' });
    expectError(bad, 400, 'INVALID_URL');
    expectError(
      await call(app, 'POST', '/api/connections', { name: 'x', url: 'not a url' }),
      400,
      'INVALID_URL',
    );
    const down = await call(app, 'POST', '/api/connections', {
      name: 'x',
      url: `postgres://postgres:${PASSWORD}@127.0.0.1:1/nowhere`,
    });
    expectError(down, 422, 'CONNECTION_FAILED');
    expect(down.body.error.message).toContain('127.0.0.1:1/nowhere');
    expect(down.body.error.message).not.toContain(PASSWORD);
    const missingDb = await call(app, 'POST', '/api/connections', {
      name: 'x',
      url: `postgres://postgres:${PASSWORD}@127.0.0.1:5432/ss_no_such_database`,
    });
    expectError(missingDb, 422, 'CONNECTION_FAILED');
    expectError(await call(app, 'POST', '/api/connections', { name: 'x' }), 400, 'VALIDATION_FAILED');
  });

  it('introspects as a job with progress, and holds the model when done', async () => {
    const started = await call(app, 'POST', `/api/connections/${id}/introspect`);
    expect(started.status).toBe(202);
    const job = await waitForJob(started.body.jobId);
    expect(job).toMatchObject({ id: started.body.jobId, kind: 'introspect', status: 'done' });
    expect(job.progress.total).toBeGreaterThan(0);
    expect(job.progress.done).toBe(job.progress.total);
    expect(job.result.tables.map((t: Json) => t.name)).toEqual(['books', 'shelves']);
  });

  it('fails a job with the error code when the database is gone', async () => {
    const other = await createTempDatabase('api_gone');
    const created = await call(app, 'POST', '/api/connections', { name: 'gone', url: other.url });
    await other.drop();
    const started = await call(app, 'POST', `/api/connections/${created.body.id}/introspect`);
    const job = await waitForJob(started.body.jobId);
    expect(job.status).toBe('failed');
    expect(job.error.code).toBe('CONNECTION_FAILED');
    expect(job.result).toBeUndefined();
    expect((await call(app, 'DELETE', `/api/connections/${created.body.id}`)).status).toBe(204);
  });

  it('answers unknown ids with their NOT_FOUND codes', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expectError(
      await call(app, 'POST', `/api/connections/${unknown}/introspect`),
      404,
      'CONNECTION_NOT_FOUND',
    );
    expectError(
      await call(app, 'POST', '/api/connections/not-a-uuid/introspect'),
      404,
      'CONNECTION_NOT_FOUND',
    );
    expectError(await call(app, 'DELETE', `/api/connections/${unknown}`), 404, 'CONNECTION_NOT_FOUND');
    expectError(await call(app, 'GET', `/api/jobs/${unknown}`), 404, 'JOB_NOT_FOUND');
  });

  it('never logs the password or the URL', () => {
    expect(logs.length).toBeGreaterThan(5);
    const text = logs.join('\n');
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain(liveUrl);
  });

  it('stores the URL encrypted (AES-GCM), with a key file only its owner reads', async () => {
    await app.close();
    expect(statSync(join(dir.path, 'secret.key')).mode & 0o777).toBe(0o600);
    const raw = await PGlite.create(join(dir.path, 'store'));
    const { rows } = await raw.query<{ url_encrypted: string }>('SELECT url_encrypted FROM connections');
    await raw.close();
    expect(rows).toHaveLength(1);
    const stored = rows[0]?.url_encrypted ?? '';
    expect(stored).toMatch(/^v1:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$/);
    for (const clear of [PASSWORD, liveUrl, live.name, '127.0.0.1']) expect(stored).not.toContain(clear);
  });

  it('reads the URL back after a restart, and refuses it under another secret', async () => {
    app = await pgliteApp(dir.path);
    const again = await call(app, 'POST', `/api/connections/${id}/introspect`);
    expect((await waitForJob(again.body.jobId)).status).toBe('done');
    await app.close();
    app = await pgliteApp(dir.path, { secret: 'another secret' });
    expectError(await call(app, 'POST', `/api/connections/${id}/introspect`), 500, 'SECRET_MISMATCH');
    expect((await call(app, 'DELETE', `/api/connections/${id}`)).status).toBe(204);
    expect((await call(app, 'GET', '/api/connections')).body).toEqual({ connections: [] });
  });
});
