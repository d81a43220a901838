import type { TempDatabase } from '@schema-studio/postgres/testing';
import { emptyModel } from '@schema-studio/schema';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { call, expectError, type Json } from './helpers.ts';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const LAYOUT = { positions: { 'public.shelves': { x: 10, y: 20 } }, colors: {}, hidden: [] };

const names = (model: Json) => model.tables.map((t: Json) => t.name);

/**
 * The whole life of projects, run against each store (PGlite on disk, PostgreSQL): the routes must not care.
 * `live` is a real database with a `shelves` table, for projects made from a connection.
 */
export function projectLifecycle(context: () => { app: FastifyInstance; live: TempDatabase }): void {
  const api = (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown) =>
    call(context().app, method, url, body);
  const created: Record<string, Json> = {};

  describe('project lifecycle', () => {
    it('creates an empty project: baseline and design are the empty database', async () => {
      const { status, body } = await api('POST', '/api/projects', {
        name: 'Empty',
        source: { kind: 'empty' },
      });
      expect(status).toBe(201);
      expect(body).toMatchObject({
        name: 'Empty',
        version: 1,
        hints: [],
        layout: { positions: {}, colors: {}, hidden: [] },
      });
      expect(body.baseline).toEqual(emptyModel('postgres'));
      expect(body.design).toEqual(emptyModel('postgres'));
      expect(body.connectionId).toBeUndefined();
      created.empty = body;
    });

    it('creates the demo: a bookshop designed from an empty baseline', async () => {
      const { status, body } = await api('POST', '/api/projects', { name: 'Demo', source: { kind: 'demo' } });
      expect(status).toBe(201);
      expect(body.baseline.tables).toEqual([]);
      expect(body.design.tables).toHaveLength(10);
      expect(body.design.enums.map((e: Json) => e.name)).toEqual(['book_format', 'order_status']);
      expect(body.design.views.map((v: Json) => v.name)).toEqual(['book_sales']);
      const books = body.design.tables.find((t: Json) => t.name === 'books');
      expect(books.comment).toBeTruthy();
      expect(books.foreignKeys.length).toBe(2);
      expect(books.indexes.length).toBeGreaterThan(0);
      created.demo = body;
    });

    it('creates from SQL, or answers SQL_ERROR with the line and column', async () => {
      const sql = 'CREATE TABLE notes (id int PRIMARY KEY, body text);';
      const { status, body } = await api('POST', '/api/projects', {
        name: 'Sql',
        source: { kind: 'sql', sql },
      });
      expect(status).toBe(201);
      expect([names(body.baseline), names(body.design)]).toEqual([[], ['notes']]);
      created.sql = body;
      const bad = await api('POST', '/api/projects', {
        name: 'Bad',
        source: { kind: 'sql', sql: 'SELEC 1;' },
      });
      expectError(bad, 422, 'SQL_ERROR');
      expect(bad.body.error).toMatchObject({ line: 1, column: 1 });
    });

    it('creates from a connection: baseline and design are the live schema', async () => {
      const connection = await api('POST', '/api/connections', { name: 'live', url: context().live.url });
      expect(connection.status).toBe(201);
      const source = { kind: 'connection', connectionId: connection.body.id };
      const { status, body } = await api('POST', '/api/projects', { name: 'Live', source });
      expect(status).toBe(201);
      expect(body.connectionId).toBe(connection.body.id);
      expect([names(body.baseline), names(body.design)]).toEqual([['shelves'], ['shelves']]);
      created.live = body;
      const unknown = { kind: 'connection', connectionId: UNKNOWN };
      expectError(
        await api('POST', '/api/projects', { name: 'x', source: unknown }),
        404,
        'CONNECTION_NOT_FOUND',
      );
    });

    it('creates from a finished introspection job without reading the database again', async () => {
      const connection = await api('POST', '/api/connections', { name: 'job', url: context().live.url });
      const started = await api('POST', `/api/connections/${connection.body.id}/introspect`);
      expect(started.status).toBe(202);
      let job: Json = {};
      for (let i = 0; i < 200 && job.status !== 'done'; i++) {
        job = (await api('GET', `/api/jobs/${started.body.jobId}`)).body;
        if (job.status !== 'done') await new Promise((r) => setTimeout(r, 50));
      }
      expect(job.status).toBe('done');
      // The database changes after the job: a project made from the job has the job's snapshot.
      await context().live.exec('CREATE TABLE public.later (id integer)');
      try {
        const source = { kind: 'connection', connectionId: connection.body.id, jobId: started.body.jobId };
        const { status, body } = await api('POST', '/api/projects', { name: 'From job', source });
        expect(status).toBe(201);
        expect(names(body.baseline)).toEqual(['shelves']);
        // A job of another connection is not taken for this one: the database is read.
        const other = {
          kind: 'connection',
          connectionId: created.live.connectionId,
          jobId: started.body.jobId,
        };
        const fresh = await api('POST', '/api/projects', { name: 'Fresh', source: other });
        expect(names(fresh.body.baseline)).toEqual(['later', 'shelves']);
        for (const id of [body.id, fresh.body.id]) await api('DELETE', `/api/projects/${id}`);
        await api('DELETE', `/api/connections/${connection.body.id}`);
      } finally {
        await context().live.exec('DROP TABLE public.later');
      }
    });

    it('lists summaries, most recently changed first', async () => {
      const { body } = await api('GET', '/api/projects');
      expect(body.projects.map((p: Json) => [p.name, p.tableCount])).toEqual([
        ['Live', 1],
        ['Sql', 1],
        ['Demo', 10],
        ['Empty', 0],
      ]);
      expect(body.projects[0].connectionId).toBe(created.live.connectionId);
    });

    it('loads a project as created, and answers PROJECT_NOT_FOUND for unknown ids', async () => {
      expect((await api('GET', `/api/projects/${created.demo.id}`)).body).toEqual(created.demo);
      expectError(await api('GET', `/api/projects/${UNKNOWN}`), 404, 'PROJECT_NOT_FOUND');
      expectError(await api('GET', '/api/projects/42'), 404, 'PROJECT_NOT_FOUND');
    });

    it('saves design, layout and hints, bumping the version', async () => {
      const design = created.live.design;
      const hints = [{ kind: 'column', schema: 'public', table: 'shelves', from: 'label', to: 'title' }];
      const { status, body } = await api('PUT', `/api/projects/${created.live.id}`, {
        design,
        layout: LAYOUT,
        hints,
        version: 1,
      });
      expect(status).toBe(200);
      expect(body).toMatchObject({ version: 2, layout: LAYOUT, hints });
      expect(body.updatedAt >= created.live.updatedAt).toBe(true);
      expect((await api('GET', `/api/projects/${created.live.id}`)).body).toEqual(body);
      created.live = body;
    });

    it('refuses a stale save with VERSION_CONFLICT and keeps the stored project', async () => {
      const stale = { design: emptyModel('postgres'), layout: LAYOUT, hints: [], version: 1 };
      const answer = await api('PUT', `/api/projects/${created.live.id}`, stale);
      expectError(answer, 409, 'VERSION_CONFLICT');
      expect(answer.body.error).toMatchObject({ currentVersion: 2, yourVersion: 1 });
      expect((await api('GET', `/api/projects/${created.live.id}`)).body).toEqual(created.live);
    });

    it('lets exactly one of several concurrent saves of one version win', async () => {
      const project = created.sql;
      const saves = await Promise.all(
        [1, 2, 3, 4, 5].map((n) =>
          api('PUT', `/api/projects/${project.id}`, {
            design: project.design,
            layout: { ...LAYOUT, colors: { n: String(n) } },
            hints: [],
            version: 1,
          }),
        ),
      );
      expect(saves.map((s) => s.status).sort()).toEqual([200, 409, 409, 409, 409]);
      const stored = (await api('GET', `/api/projects/${project.id}`)).body;
      const winner = saves.find((s) => s.status === 200)?.body;
      expect(stored).toEqual(winner);
      expect(stored.version).toBe(2);
    });

    it('rejects invalid saves without writing anything', async () => {
      const url = `/api/projects/${created.live.id}`;
      const broken = { ...created.live.design, tables: [{ name: 'no schema' }] };
      const invalid = await api('PUT', url, { design: broken, layout: LAYOUT, hints: [], version: 2 });
      expectError(invalid, 400, 'INVALID_MODEL');
      expect(invalid.body.error.problems.length).toBeGreaterThan(0);
      const badLayout = { design: created.live.design, layout: { positions: 'x' }, hints: [], version: 2 };
      expectError(await api('PUT', url, badLayout), 400, 'VALIDATION_FAILED');
      const badHints = {
        design: created.live.design,
        layout: LAYOUT,
        hints: [{ kind: 'planet' }],
        version: 2,
      };
      expectError(await api('PUT', url, badHints), 400, 'VALIDATION_FAILED');
      const unknown = { design: created.live.design, layout: LAYOUT, hints: [], version: 1 };
      expectError(await api('PUT', `/api/projects/${UNKNOWN}`, unknown), 404, 'PROJECT_NOT_FOUND');
      expect((await api('GET', url)).body).toEqual(created.live);
    });

    it('renames a project', async () => {
      const { status, body } = await api('PATCH', `/api/projects/${created.live.id}`, { name: 'Live shop' });
      expect(status).toBe(200);
      expect(body).toMatchObject({ name: 'Live shop', version: 3, design: created.live.design });
      created.live = body;
      expectError(await api('PATCH', `/api/projects/${UNKNOWN}`, { name: 'x' }), 404, 'PROJECT_NOT_FOUND');
      expectError(
        await api('PATCH', `/api/projects/${created.live.id}`, { name: '' }),
        400,
        'VALIDATION_FAILED',
      );
    });

    it('refreshes the baseline from the live database, keeping the design', async () => {
      await context().live.exec(
        'CREATE TABLE loans (id int PRIMARY KEY, shelf_id int REFERENCES shelves (id))',
      );
      const { status, body } = await api('POST', `/api/projects/${created.live.id}/refresh-baseline`);
      expect(status).toBe(200);
      expect(names(body.baseline)).toEqual(['loans', 'shelves']);
      expect(body.design).toEqual(created.live.design);
      expect(body.version).toBe(4);
      expectError(
        await api('POST', `/api/projects/${created.demo.id}/refresh-baseline`),
        409,
        'NO_CONNECTION',
      );
      expectError(await api('POST', `/api/projects/${UNKNOWN}/refresh-baseline`), 404, 'PROJECT_NOT_FOUND');
    });

    it('deletes a project', async () => {
      expect((await api('DELETE', `/api/projects/${created.empty.id}`)).status).toBe(204);
      expectError(await api('GET', `/api/projects/${created.empty.id}`), 404, 'PROJECT_NOT_FOUND');
      expectError(await api('DELETE', `/api/projects/${created.empty.id}`), 404, 'PROJECT_NOT_FOUND');
      expect((await api('GET', '/api/projects')).body.projects).toHaveLength(3);
    });

    it('keeps a project when its connection is deleted (it just loses the link)', async () => {
      expect((await api('DELETE', `/api/connections/${created.live.connectionId}`)).status).toBe(204);
      const { body } = await api('GET', `/api/projects/${created.live.id}`);
      expect(body.connectionId).toBeUndefined();
      expect(names(body.baseline)).toEqual(['loans', 'shelves']);
      expectError(
        await api('POST', `/api/projects/${created.live.id}/refresh-baseline`),
        409,
        'NO_CONNECTION',
      );
    });
  });
}
