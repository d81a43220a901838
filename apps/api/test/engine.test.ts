import { emptyModel } from '@schema-studio/schema';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectError, type Json, pgliteApp, type TempDir, tempDir } from './helpers.ts';

let dir: TempDir;
let app: FastifyInstance;
let model: Json;

beforeAll(async () => {
  dir = tempDir();
  app = await pgliteApp(dir.path);
  const answer = await call(app, 'POST', '/api/sql/model', {
    sql: 'CREATE TABLE authors (id int PRIMARY KEY, name text NOT NULL);\nCOMMENT ON TABLE authors IS $$who$$;',
  });
  model = answer.body.model;
});
afterAll(async () => {
  await app.close();
  dir.remove();
});

describe('POST /api/sql/model', () => {
  it('reads SQL into a model on a shadow database', () => {
    expect(model.tables.map((t: Json) => [t.name, t.comment, t.columns.length])).toEqual([
      ['authors', 'who', 2],
    ]);
  });

  it('locates a syntax error at its line and column', async () => {
    const answer = await call(app, 'POST', '/api/sql/model', {
      sql: 'CREATE TABLE a (id int);\n\n  CREATE TABEL b ();',
    });
    expectError(answer, 422, 'SQL_ERROR');
    expect(answer.body.error).toMatchObject({ line: 3, column: 10, sqlState: '42601' });
    expect(answer.body.error.message).toContain('TABEL');
  });

  it('locates an error the engine gives no position for at its statement', async () => {
    const sql = 'CREATE TABLE a (id int PRIMARY KEY);\nCREATE TABLE b (a_id int REFERENCES missing (id));';
    const answer = await call(app, 'POST', '/api/sql/model', { sql });
    expectError(answer, 422, 'SQL_ERROR');
    expect(answer.body.error).toMatchObject({ line: 2, column: 1 });
  });

  it('rejects a body without sql', async () => {
    expectError(await call(app, 'POST', '/api/sql/model', { text: 'x' }), 400, 'VALIDATION_FAILED');
  });
});

describe('POST /api/plan, /api/verify, /api/ddl', () => {
  it('plans up and down with hazards and session settings', async () => {
    const { status, body } = await call(app, 'POST', '/api/plan', {
      baseline: emptyModel('postgres'),
      design: model,
    });
    expect(status).toBe(200);
    expect(body.up[0].sql).toContain('CREATE TABLE public.authors');
    expect(body.down.map((s: Json) => s.sql)).toEqual(['DROP TABLE public.authors']);
    expect(body.down[0].hazards[0].code).toBe('DELETES_DATA');
    expect(body.session).toContain('SET check_function_bodies = off');
    expect(body.downSql).toContain('-- hazard DELETES_DATA');
  });

  it('follows rename hints instead of drop and add', async () => {
    const renamed = { ...model, tables: [{ ...model.tables[0], name: 'writers' }] };
    const hints = [{ kind: 'table', schema: 'public', from: 'authors', to: 'writers' }];
    const { body } = await call(app, 'POST', '/api/plan', { baseline: model, design: renamed, hints });
    expect(body.upSql).toContain('ALTER TABLE public.authors RENAME TO writers');
    expectError(
      await call(app, 'POST', '/api/plan', { baseline: model, design: renamed, hints: [{ kind: 'table' }] }),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('proves a migration on a shadow database', async () => {
    const { status, body } = await call(app, 'POST', '/api/verify', {
      baseline: emptyModel('postgres'),
      design: model,
    });
    expect(status).toBe(200);
    expect(body.proven).toBe(true);
    expect(body.steps.map((s: Json) => s.stage)).toEqual(['setup', 'up', 'down']);
  });

  it('renders a model as DDL', async () => {
    const { status, body } = await call(app, 'POST', '/api/ddl', { model });
    expect(status).toBe(200);
    expect(body.sql).toContain('CREATE TABLE public.authors');
    expect(body.sql).toContain("COMMENT ON TABLE public.authors IS 'who'");
  });

  it('rejects an invalid model with INVALID_MODEL and the problems by path', async () => {
    const broken = { ...model, tables: [{ ...model.tables[0], columns: [{ name: 'id' }] }] };
    const answer = await call(app, 'POST', '/api/plan', { baseline: emptyModel('postgres'), design: broken });
    expectError(answer, 400, 'INVALID_MODEL');
    expect(answer.body.error.problems[0]).toMatch(/^design\.tables\[0\]\.columns\[0\]\.type/);
    expectError(await call(app, 'POST', '/api/ddl', { model: { formatVersion: 99 } }), 400, 'INVALID_MODEL');
    expectError(
      await call(app, 'POST', '/api/verify', { baseline: { ...model, dialect: 'mysql' }, design: model }),
      400,
      'INVALID_MODEL',
    );
    expectError(await call(app, 'POST', '/api/ddl', { model: 'text' }), 400, 'VALIDATION_FAILED');
  });
});
