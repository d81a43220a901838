import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleError } from '../src/errors.ts';
import { webPlugin } from '../src/plugins/web.ts';
import { call, expectError, pgliteApp, type TempDir, tempDir } from './helpers.ts';

/** Every route of docs/api-contract.md, as OpenAPI spells it. */
const CONTRACT_ROUTES = [
  'get /api/health',
  'post /api/connections',
  'get /api/connections',
  'delete /api/connections/{id}',
  'post /api/connections/{id}/introspect',
  'get /api/jobs/{id}',
  'post /api/sql/model',
  'post /api/plan',
  'post /api/verify',
  'post /api/ddl',
  'post /api/projects',
  'get /api/projects',
  'get /api/projects/{id}',
  'put /api/projects/{id}',
  'patch /api/projects/{id}',
  'delete /api/projects/{id}',
  'post /api/projects/{id}/refresh-baseline',
  'post /api/projects/{id}/docs',
  'get /api/projects/{id}/docs.zip',
  'get /api/auth/status',
  'post /api/auth/setup',
  'post /api/auth/sign-in',
  'post /api/auth/sign-out',
  'post /api/auth/invitations',
  'get /api/auth/invitations/{token}',
  'post /api/auth/invitations/{token}/accept',
  'get /api/projects/{id}/access',
  'get /api/projects/{id}/members',
  'post /api/projects/{id}/members',
  'patch /api/projects/{id}/members/{accountId}',
  'delete /api/projects/{id}/members/{accountId}',
  'post /api/projects/{id}/proposals',
  'get /api/projects/{id}/proposals',
  'get /api/proposals/{id}',
  'post /api/proposals/{id}/revisions',
  'post /api/proposals/{id}/approve',
  'post /api/proposals/{id}/request-changes',
  'post /api/proposals/{id}/close',
  'post /api/proposals/{id}/reopen',
  'post /api/proposals/{id}/threads',
  'post /api/proposals/{id}/threads/{threadId}/replies',
  'post /api/proposals/{id}/threads/{threadId}/resolve',
  'post /api/proposals/{id}/threads/{threadId}/reopen',
  'post /api/proposals/{id}/apply',
  'get /api/projects/{id}/live-stats',
  'get /api/projects/{id}/drift',
].sort();

let dir: TempDir;
let app: FastifyInstance;

beforeAll(async () => {
  dir = tempDir();
  app = await pgliteApp(dir.path);
});
afterAll(async () => {
  await app.close();
  dir.remove();
});

describe('health and docs', () => {
  it('answers health with the store kind', async () => {
    expect(await call(app, 'GET', '/api/health')).toEqual({
      status: 200,
      body: { ok: true, store: 'pglite' },
    });
  });

  it('lists every contract route in the OpenAPI document, each with a schema', async () => {
    const { status, body } = await call(app, 'GET', '/api/docs/json');
    expect(status).toBe(200);
    const routes = Object.entries(
      body.paths as Record<string, Record<string, { responses?: object }>>,
    ).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method} ${path}`));
    expect(routes.sort()).toEqual(CONTRACT_ROUTES);
    for (const methods of Object.values(
      body.paths as Record<string, Record<string, { responses?: object }>>,
    )) {
      for (const operation of Object.values(methods))
        expect(Object.keys(operation.responses ?? {})).toContain('4XX');
    }
  });

  it('serves the OpenAPI UI and its assets locally', async () => {
    const page = await app.inject({ method: 'GET', url: '/api/docs' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).not.toMatch(/https?:\/\/(unpkg|cdn)/);
    const bundle = await app.inject({ method: 'GET', url: '/api/docs/static/swagger-ui-bundle.js' });
    expect(bundle.statusCode).toBe(200);
  });
});

describe('errors', () => {
  it('answers unknown /api routes with NOT_FOUND, in JSON', async () => {
    expectError(await call(app, 'GET', '/api/nothing-here'), 404, 'NOT_FOUND');
    expectError(await call(app, 'POST', '/api/health'), 404, 'NOT_FOUND');
  });

  it('maps schema validation and malformed JSON to VALIDATION_FAILED', async () => {
    const missing = await call(app, 'POST', '/api/projects', { name: 'x' });
    expectError(missing, 400, 'VALIDATION_FAILED');
    expect(missing.body.error.message).toContain('source');
    expectError(
      await call(app, 'POST', '/api/projects', { name: '', source: { kind: 'empty' } }),
      400,
      'VALIDATION_FAILED',
    );
    expectError(
      await call(app, 'POST', '/api/projects', { name: 'x', source: { kind: 'nope' } }),
      400,
      'VALIDATION_FAILED',
    );
    const malformed = await app.inject({
      method: 'POST',
      url: '/api/projects',
      headers: { 'content-type': 'application/json' },
      payload: '{"name":',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('answers a bug with a generic INTERNAL (and logs it), Fastify client errors with their codes', async () => {
    const logged: string[] = [];
    const bare = Fastify({
      bodyLimit: 10,
      logger: { level: 'error', stream: { write: (line: string) => logged.push(line) } },
    });
    bare.setErrorHandler(handleError);
    bare.get('/boom', async () => {
      throw new Error('secret detail');
    });
    bare.post('/echo', async (request) => request.body);
    const boom = await bare.inject({ method: 'GET', url: '/boom' });
    expect(boom.statusCode).toBe(500);
    expect(boom.json()).toEqual({ error: { code: 'INTERNAL', message: 'Internal server error.' } });
    expect(logged.join('')).toContain('secret detail');
    const large = await bare.inject({
      method: 'POST',
      url: '/echo',
      payload: { text: 'more than ten bytes' },
    });
    expect([large.statusCode, large.json().error.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    const text = await bare.inject({
      method: 'POST',
      url: '/echo',
      headers: { 'content-type': 'text/csv' },
      payload: 'a',
    });
    expect([text.statusCode, text.json().error.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    await bare.close();
  });
});

describe('web app', () => {
  it('explains how to build the web app when its dist is missing', async () => {
    const page = await app.inject({ method: 'GET', url: '/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('not built');
  });

  it('serves the dist, and index.html for unknown paths outside /api', async () => {
    const dist = join(dir.path, 'dist');
    mkdirSync(join(dist, 'assets'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>studio</title>');
    writeFileSync(join(dist, 'assets', 'app.js'), 'console.log(1)');
    const web = Fastify();
    await web.register(webPlugin, { webDist: dist });
    web.get('/api/real', async () => ({ real: true }));
    const page = async (url: string) => web.inject({ method: 'GET', url });
    expect((await page('/')).body).toContain('studio');
    expect((await page('/assets/app.js')).body).toBe('console.log(1)');
    const deep = await page('/projects/123?tab=sql');
    expect([deep.statusCode, deep.body]).toEqual([200, '<!doctype html><title>studio</title>']);
    expect((await page('/api/real')).json()).toEqual({ real: true });
    const missing = await page('/api/missing');
    expect([missing.statusCode, missing.json().error.code]).toEqual([404, 'NOT_FOUND']);
    await web.close();
  });
});
