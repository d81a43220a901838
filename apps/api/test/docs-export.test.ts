import type { FastifyInstance } from 'fastify';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachment } from '../src/plugins/docs-export.ts';
import { call, expectError, type Json, pgliteApp, type TempDir, tempDir } from './helpers.ts';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const SET = [
  'README.md',
  'schema/data-dictionary.md',
  'schema/erd-diagram.md',
  'schema/table-definitions.md',
];

let dir: TempDir;
let app: FastifyInstance;
let demo: Json;

beforeAll(async () => {
  dir = tempDir();
  app = await pgliteApp(dir.path);
  demo = (await call(app, 'POST', '/api/projects', { name: 'Book shop', source: { kind: 'demo' } })).body;
});
afterAll(async () => {
  await app.close();
  dir.remove();
});

const paths = (files: readonly { path: string }[]) => files.map((f) => f.path);

async function download(url: string) {
  const response = await app.inject({ method: 'GET', url });
  return { response, bytes: new Uint8Array(response.rawPayload) };
}

describe('POST /api/projects/:id/docs', () => {
  it("renders the design's documentation set, titled with the project's name", async () => {
    const { status, body } = await call(app, 'POST', `/api/projects/${demo.id}/docs`);
    expect(status).toBe(200);
    expect(paths(body.files)).toEqual(expect.arrayContaining(SET));
    const readme = body.files.find((f: Json) => f.path === 'README.md');
    expect(readme.content).toContain('# Book shop');
    const erd = body.files.find((f: Json) => f.path === 'schema/erd-diagram.md');
    expect(erd.content).toContain('erDiagram');
    const tables = body.files.find((f: Json) => f.path === 'schema/table-definitions.md');
    expect(tables.content).toContain('books');
  });

  it('renders the baseline, filters objects and takes a title', async () => {
    const baseline = await call(app, 'POST', `/api/projects/${demo.id}/docs`, { of: 'baseline' });
    expect(baseline.status).toBe(200);
    const baselineTables = baseline.body.files.find((f: Json) => f.path === 'schema/table-definitions.md');
    expect(baselineTables.content).not.toContain('books');

    const only = await call(app, 'POST', `/api/projects/${demo.id}/docs`, {
      include: ['public.books'],
      title: 'Just books',
    });
    expect(only.status).toBe(200);
    const files = only.body.files as Json[];
    expect(files.find((f) => f.path === 'README.md').content).toContain('# Just books');
    const tables = files.find((f) => f.path === 'schema/table-definitions.md').content;
    expect(tables).toContain('books');
    expect(tables).not.toMatch(/public\.customers\b/);
  });

  it("adds the advisor's findings page when asked, and leaves it out otherwise", async () => {
    const plain = await call(app, 'POST', `/api/projects/${demo.id}/docs`, {});
    expect(paths(plain.body.files)).not.toContain('schema/findings.md');
    const { status, body } = await call(app, 'POST', `/api/projects/${demo.id}/docs`, { findings: true });
    expect(status).toBe(200);
    const files = body.files as Json[];
    const findings = files.find((f) => f.path === 'schema/findings.md');
    expect(findings?.content).toMatch(/^# Findings$/m);
    expect(files.find((f) => f.path === 'README.md').content).toContain('(schema/findings.md)');
  });

  it('answers PROJECT_NOT_FOUND for an unknown project', async () => {
    expectError(await call(app, 'POST', `/api/projects/${UNKNOWN}/docs`, {}), 404, 'PROJECT_NOT_FOUND');
  });

  it('answers VALIDATION_FAILED for a bad `of`', async () => {
    expectError(
      await call(app, 'POST', `/api/projects/${demo.id}/docs`, { of: 'live' }),
      400,
      'VALIDATION_FAILED',
    );
  });
});

describe('GET /api/projects/:id/docs.zip', () => {
  it('downloads the set as a zip under docs/database/', async () => {
    const { response, bytes } = await download(`/api/projects/${demo.id}/docs.zip`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/zip');
    expect(response.headers['content-disposition']).toBe('attachment; filename="Book shop-docs.zip"');
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const entries = unzipSync(bytes);
    const names = Object.keys(entries);
    expect(names).toEqual([...names].sort());
    expect(names).toEqual(expect.arrayContaining(SET.map((p) => `docs/database/${p}`)));
    const json = (await call(app, 'POST', `/api/projects/${demo.id}/docs`)).body.files as Json[];
    expect(names).toEqual(json.map((f) => `docs/database/${f.path}`));
    for (const file of json)
      expect(strFromU8(entries[`docs/database/${file.path}`] as Uint8Array)).toBe(file.content);
  });

  it('is deterministic: the same set gives the same bytes', async () => {
    const first = await download(`/api/projects/${demo.id}/docs.zip`);
    const second = await download(`/api/projects/${demo.id}/docs.zip`);
    expect(Buffer.compare(first.bytes, second.bytes)).toBe(0);
  });

  it('takes the options in the query string', async () => {
    const { response, bytes } = await download(
      `/api/projects/${demo.id}/docs.zip?of=design&include=public.books&title=Only%20books&findings=true`,
    );
    expect(response.statusCode).toBe(200);
    const entries = unzipSync(bytes);
    const readme = strFromU8(entries['docs/database/README.md'] as Uint8Array);
    expect(readme).toContain('# Only books');
    expect(Object.keys(entries)).toContain('docs/database/schema/findings.md');
  });

  it('answers PROJECT_NOT_FOUND for an unknown project, VALIDATION_FAILED for a bad `of`', async () => {
    expectError(await call(app, 'GET', `/api/projects/${UNKNOWN}/docs.zip`), 404, 'PROJECT_NOT_FOUND');
    expectError(
      await call(app, 'GET', `/api/projects/${demo.id}/docs.zip?of=live`),
      400,
      'VALIDATION_FAILED',
    );
  });
});

describe('attachment', () => {
  it('quotes a safe name, and gives the exact one as filename* when it is not ASCII', () => {
    expect(attachment('shop')).toBe('attachment; filename="shop-docs.zip"');
    expect(attachment('a "b"/c')).toBe(
      'attachment; filename="a _b__c-docs.zip"; filename*=UTF-8\'\'a%20%22b%22%2Fc-docs.zip',
    );
    expect(attachment('Café')).toBe(
      'attachment; filename="Caf_-docs.zip"; filename*=UTF-8\'\'Caf%C3%A9-docs.zip',
    );
  });
});
