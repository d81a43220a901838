import { createTempDatabase, type TempDatabase } from '@schema-studio/postgres/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectError, type Json, pgliteApp, type TempDir, tempDir } from './helpers.ts';
import { act, editDesign, ok, propose, table } from './proposals-fixtures.ts';

/** Apply on a real PostgreSQL database: drift refused, success logged, a failing statement rolled back. */
let dir: TempDir;
let app: FastifyInstance;
let live: TempDatabase;
let project: Json;

/**
 * The live database as PostgreSQL's own catalog has it, read apart from the studio's introspector: every
 * relation of the public schema with its columns, constraints and indexes, and the shelves' rows.
 */
async function catalog(): Promise<unknown> {
  const relations = await live.query(
    `SELECT c.relname, c.relkind,
            (SELECT string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod) || ' ' || a.attnotnull, ', ' ORDER BY a.attnum)
               FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) AS columns,
            (SELECT string_agg(pg_get_constraintdef(k.oid), ', ' ORDER BY k.conname)
               FROM pg_constraint k WHERE k.conrelid = c.oid) AS constraints
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' ORDER BY c.relname`,
  );
  const rows = await live.query('SELECT * FROM shelves ORDER BY id');
  return { relations: relations.rows, rows: rows.rows };
}

const exists = async (name: string) =>
  (await live.query('SELECT to_regclass($1) AS found', [`public.${name}`])).rows[0]?.found !== null;

/** A copy of the shelves table under another name: a new table for the design. */
function newTable(design: Json, name: string): void {
  const shelves = table(design, 'shelves');
  design.tables.push({
    ...structuredClone(shelves),
    name,
    primaryKey: { ...shelves.primaryKey, name: `${name}_pkey` },
  });
}

beforeAll(async () => {
  dir = tempDir();
  live = await createTempDatabase('api_apply');
  await live.exec(`CREATE TABLE shelves (id int PRIMARY KEY, label text);
    INSERT INTO shelves VALUES (1, 'fiction'), (2, 'poetry');`);
  app = await pgliteApp(dir.path);
  const connection = await ok(call(app, 'POST', '/api/connections', { name: 'live', url: live.url }), 201);
  project = await ok(
    call(app, 'POST', '/api/projects', {
      name: 'library',
      source: { kind: 'connection', connectionId: connection.id },
    }),
    201,
  );
});
afterAll(async () => {
  await app?.close();
  await live?.drop();
  dir.remove();
});

describe('apply to PostgreSQL', () => {
  let first: Json;

  it('refuses to apply when the live database drifted from the baseline, with the difference', async () => {
    await editDesign(app, project.id, (design) => newTable(design, 'bins'));
    first = await propose(app, project.id, 'Add bins');
    expectError(await act(app, first.id, 'apply'), 409, 'NOT_APPROVED');
    await ok(act(app, first.id, 'approve'));
    await live.exec('ALTER TABLE shelves ADD COLUMN note text');
    const refused = await act(app, first.id, 'apply');
    expectError(refused, 409, 'DRIFT_DETECTED');
    expect(refused.body.error.drift.statements).toEqual([
      expect.stringMatching(/^ALTER TABLE public\.shelves ADD COLUMN note text/),
    ]);
    expect(refused.body.error.drift.changes.join('\n')).toContain('note');
    expect(await exists('bins')).toBe(false);
    const after = await ok(call(app, 'GET', `/api/proposals/${first.id}`));
    expect(after.status).toBe('approved');
    expect(after.applies).toEqual([
      expect.objectContaining({ actor: 'local', result: 'drift', revision: 1, failure: expect.any(Object) }),
    ]);
    expect(after.activity.at(-1)).toMatchObject({ action: 'apply_failed', detail: { result: 'drift' } });
  });

  it('applies an approved proposal: the table exists afterwards, the attempt and the migration are logged', async () => {
    await live.exec('ALTER TABLE shelves DROP COLUMN note');
    const applied = await act(app, first.id, 'apply');
    expect(applied.status).toBe(200);
    expect(applied.body.applied).toMatchObject({
      statements: 1,
      execution: { groups: [{ statements: [0], transaction: true }], outsideTransaction: [] },
    });
    expect(applied.body.proposal.status).toBe('applied');
    expect(applied.body.proposal.applies.map((a: Json) => a.result)).toEqual(['drift', 'applied']);
    expect(await exists('bins')).toBe(true);
    // The live database is the applied design now: so is the project's baseline (nothing left to migrate).
    const after = await ok(call(app, 'GET', `/api/projects/${project.id}`));
    expect(after.baseline.tables.map((t: Json) => t.name)).toContain('bins');

    const docs = await ok(call(app, 'POST', `/api/projects/${project.id}/docs`));
    const log = docs.files.find((f: Json) => f.path.startsWith('migrations/'));
    expect(log.content).toContain('Add bins');
    expect(log.content).toContain('Reviewers: local');
    expect(log.content).toContain('CREATE TABLE public.bins');
    const readme = docs.files.find((f: Json) => f.path === 'README.md');
    expect(readme.content).toContain(log.path);
  });

  it('an applied proposal takes no further action', async () => {
    for (const route of ['approve', 'request-changes', 'close', 'reopen', 'revisions']) {
      expectError(await act(app, first.id, route), 409, 'INVALID_TRANSITION');
    }
    expectError(await act(app, first.id, 'apply'), 409, 'NOT_APPROVED');
  });

  it('a plan whose third statement fails leaves the database exactly as it was', async () => {
    await ok(call(app, 'POST', `/api/projects/${project.id}/refresh-baseline`));
    await editDesign(app, project.id, (design) => {
      newTable(design, 'crates');
      newTable(design, 'drawers');
      // The shelves have rows: a NOT NULL column without a default cannot be added.
      table(design, 'shelves').columns.push({ name: 'code', type: 'text', nullable: false });
    });
    const failing = await propose(app, project.id, 'Crates, drawers and codes');
    expect(failing.plan.up.map((s: Json) => s.sql.split(' (')[0].split('\n')[0])).toEqual([
      'CREATE TABLE public.crates',
      'CREATE TABLE public.drawers',
      'ALTER TABLE public.shelves ADD COLUMN code text NOT NULL',
    ]);
    expect(failing.execution.outsideTransaction).toEqual([]);
    await ok(act(app, failing.id, 'approve'));
    const before = await catalog();

    const answer = await act(app, failing.id, 'apply');
    expectError(answer, 422, 'APPLY_FAILED');
    expect(answer.body.error).toMatchObject({
      statement: { direction: 'up', index: 2, sql: failing.plan.up[2].sql },
      databaseError: { message: expect.stringContaining('code'), sqlState: '23502' },
      committed: 0,
    });
    expect(await catalog()).toEqual(before);
    expect(await exists('crates')).toBe(false);

    const after = await ok(call(app, 'GET', `/api/proposals/${failing.id}`));
    expect(after.status).toBe('approved');
    expect(after.applies).toEqual([
      expect.objectContaining({
        result: 'failed',
        failure: expect.objectContaining({ statement: expect.objectContaining({ index: 2 }) }),
      }),
    ]);
    const docs = await ok(call(app, 'POST', `/api/projects/${project.id}/docs`));
    const log = docs.files.find((f: Json) => f.path.startsWith('migrations/'));
    expect(log.content).not.toContain('Crates, drawers and codes');
  });

  it('of two applies started together only one runs; the other is told an apply is in progress', async () => {
    const list = await ok(call(app, 'GET', `/api/projects/${project.id}/proposals`));
    const approved = list.proposals.find((p: Json) => p.status === 'approved');
    const before = await catalog();
    const answers = await Promise.all([act(app, approved.id, 'apply'), act(app, approved.id, 'apply')]);
    expect(answers.map((a) => a.body.error.code).sort()).toEqual(['APPLY_FAILED', 'APPLY_IN_PROGRESS']);
    expect(await catalog()).toEqual(before);
    const after = await ok(call(app, 'GET', `/api/proposals/${approved.id}`));
    expect(after.applies).toHaveLength(2);
  });
});
