import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS, nextStatus, STATUSES } from '../src/reviews/transitions.ts';
import { call, expectError, type Json, pgliteApp, type TempDir, tempDir } from './helpers.ts';
import { act, editDesign, ok, propose, table } from './proposals-fixtures.ts';

/** Review on the PGlite store: proposals, their statuses, threads, outdated threads, the activity log. */
let dir: TempDir;
let app: FastifyInstance;

const SQL = `
CREATE TABLE authors (id int PRIMARY KEY, name text NOT NULL);
CREATE TABLE books (id int PRIMARY KEY, author_id int NOT NULL REFERENCES authors (id), title text NOT NULL);
`;

async function sqlProject(name = 'shop'): Promise<Json> {
  return ok(call(app, 'POST', '/api/projects', { name, source: { kind: 'sql', sql: SQL } }), 201);
}

beforeAll(async () => {
  dir = tempDir();
  app = await pgliteApp(dir.path);
});
afterAll(async () => {
  await app.close();
  dir.remove();
});

describe('the transition table', () => {
  // Written out on its own, so a change to the table in the code has to be made here too, on purpose.
  const EXPECTED: Record<string, Record<string, string | undefined>> = {
    open: { push: 'open', approve: 'approved', request_changes: 'changes_requested', close: 'closed' },
    changes_requested: {
      push: 'open',
      approve: 'approved',
      request_changes: 'changes_requested',
      close: 'closed',
    },
    approved: {
      push: 'open',
      approve: 'approved',
      request_changes: 'changes_requested',
      close: 'closed',
      apply: 'applied',
    },
    applied: {},
    closed: { reopen: 'open' },
  };

  it('allows exactly the listed moves, for every status and action', () => {
    for (const status of STATUSES) {
      for (const action of ACTIONS) {
        expect(nextStatus(status, action), `${status} + ${action}`).toBe(EXPECTED[status]?.[action]);
      }
    }
  });
});

describe('proposals', () => {
  let project: Json;
  let proposal: Json;

  it('request review saves the plan, the snapshots and how it will run', async () => {
    project = await sqlProject();
    proposal = await propose(app, project.id, 'Authors and books', { description: 'First cut' });
    expect(proposal).toMatchObject({
      projectId: project.id,
      title: 'Authors and books',
      description: 'First cut',
      status: 'open',
      author: 'local',
      revision: 1,
      dialect: 'postgres',
      verification: null,
      approvals: [],
      threads: [],
      applies: [],
    });
    expect(proposal.baseline).toEqual(project.baseline);
    expect(proposal.design).toEqual(project.design);
    expect(proposal.plan.up.map((s: Json) => s.sql.split(' (')[0])).toEqual([
      'CREATE TABLE public.authors',
      'CREATE TABLE public.books',
      expect.stringMatching(/^ALTER TABLE public\.books ADD CONSTRAINT/),
    ]);
    expect(proposal.plan.upSql).toContain('CREATE TABLE public.books');
    expect(proposal.plan.down.length).toBeGreaterThan(0);
    expect(proposal.execution).toEqual({
      settings: [
        "SET lock_timeout = '5s'",
        'SET check_function_bodies = off',
        "SET statement_timeout = '15min'",
      ],
      groups: [{ direction: 'up', statements: [0, 1, 2], transaction: true }],
      outsideTransaction: [],
    });
    expect(proposal.actions).toEqual(['push', 'approve', 'request_changes', 'close']);
    expect(proposal.activity).toEqual([
      {
        actor: 'local',
        action: 'created',
        detail: { revision: 1, title: 'Authors and books' },
        at: expect.any(String),
      },
    ]);
  });

  it('lists, loads, and answers unknown ids with their own codes', async () => {
    const list = await ok(call(app, 'GET', `/api/projects/${project.id}/proposals`));
    expect(list.proposals).toEqual([
      expect.objectContaining({
        id: proposal.id,
        status: 'open',
        openThreads: 0,
        title: 'Authors and books',
      }),
    ]);
    expect(list.proposals[0].plan).toBeUndefined();
    expect(await ok(call(app, 'GET', `/api/proposals/${proposal.id}`))).toEqual(proposal);
    expectError(await call(app, 'GET', '/api/proposals/nope'), 404, 'PROPOSAL_NOT_FOUND');
    expectError(
      await call(app, 'GET', '/api/proposals/00000000-0000-0000-0000-000000000000'),
      404,
      'PROPOSAL_NOT_FOUND',
    );
    const ghost = '/api/projects/00000000-0000-0000-0000-000000000000/proposals';
    expectError(await call(app, 'GET', ghost), 404, 'PROJECT_NOT_FOUND');
    expectError(await call(app, 'POST', ghost, { title: 'x' }), 404, 'PROJECT_NOT_FOUND');
    expectError(
      await call(app, 'POST', `/api/projects/${project.id}/proposals`, {}),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('refuses a proposal with nothing to migrate', async () => {
    const empty = await ok(call(app, 'POST', '/api/projects', { name: 'e', source: { kind: 'empty' } }), 201);
    expectError(
      await call(app, 'POST', `/api/projects/${empty.id}/proposals`, { title: 'nothing' }),
      409,
      'NOTHING_TO_REVIEW',
    );
  });

  it('keeps the proof when asked to verify first', async () => {
    const proven = await propose(app, project.id, 'Proven', { verify: true });
    expect(proven.verification).toMatchObject({ proven: true });
  });
});

describe('status changes through the API', () => {
  /** Routes and the action of the table each one is. */
  const ROUTES = {
    revisions: 'push',
    approve: 'approve',
    'request-changes': 'request_changes',
    close: 'close',
    reopen: 'reopen',
    apply: 'apply',
  } as const;
  /** How to bring a new proposal into each status reachable without a live database. */
  const REACH: Record<string, string[]> = {
    open: [],
    changes_requested: ['request-changes'],
    approved: ['approve'],
    closed: ['close'],
  };

  for (const [status, path] of Object.entries(REACH)) {
    for (const [route, action] of Object.entries(ROUTES)) {
      const expected = nextStatus(status as never, action);
      it(`${status} + ${route}: ${expected ?? 'refused'}`, async () => {
        const project = await sqlProject(`${status}-${route}`);
        const created = await propose(app, project.id);
        for (const step of path) await ok(act(app, created.id, step));
        const answer = await act(app, created.id, route);
        if (action === 'apply' && expected) {
          // Allowed by the table; this project has no live database to apply to.
          expectError(answer, 409, 'NO_CONNECTION');
        } else if (expected) {
          expect(answer.status).toBe(200);
          expect(answer.body.status).toBe(expected);
          expect(answer.body.activity.at(-1)).toMatchObject({
            actor: 'local',
            action,
            detail: { from: status, to: expected },
          });
        } else {
          expectError(answer, 409, action === 'apply' ? 'NOT_APPROVED' : 'INVALID_TRANSITION');
          expect(answer.body.error.status).toBe(status);
          const now = await ok(call(app, 'GET', `/api/proposals/${created.id}`));
          expect(now.status).toBe(status);
          expect(now.activity).toHaveLength(1 + path.length);
        }
      });
    }
  }

  it('approvals are recorded per reviewer and withdrawn by a request for changes', async () => {
    const project = await sqlProject('approvals');
    const created = await propose(app, project.id);
    const approved = await ok(act(app, created.id, 'approve', { comment: 'LGTM' }));
    expect(approved.approvals).toEqual([{ reviewer: 'local', revision: 1, createdAt: expect.any(String) }]);
    expect(approved.activity.at(-1).detail).toMatchObject({ comment: 'LGTM', revision: 1 });
    const changes = await ok(act(app, created.id, 'request-changes', { comment: 'index it' }));
    expect(changes.approvals).toEqual([]);
    expect(changes.status).toBe('changes_requested');
  });
});

describe('threads', () => {
  let project: Json;
  let proposal: Json;
  let onAuthors: Json;
  let onBooks: Json;
  let onDown: Json;

  const start = (direction: string, index: number, body: string) =>
    call(app, 'POST', `/api/proposals/${proposal.id}/threads`, { direction, index, body });

  it('anchors a thread to a statement, with replies, resolve and reopen', async () => {
    project = await sqlProject('threads');
    proposal = await propose(app, project.id);
    onAuthors = (await start('up', 0, 'Should name be unique?')).body;
    expect(onAuthors).toMatchObject({
      direction: 'up',
      index: 0,
      statementSql: proposal.plan.up[0].sql,
      revision: 1,
      resolved: false,
      outdated: false,
      comments: [{ author: 'local', body: 'Should name be unique?' }],
    });
    const replied = await call(app, 'POST', `/api/proposals/${proposal.id}/threads/${onAuthors.id}/replies`, {
      body: 'No: pen names repeat.',
    });
    expect(replied.status).toBe(201);
    expect(replied.body.comments.map((c: Json) => c.body)).toEqual([
      'Should name be unique?',
      'No: pen names repeat.',
    ]);
    const resolved = await call(app, 'POST', `/api/proposals/${proposal.id}/threads/${onAuthors.id}/resolve`);
    expect(resolved.body.resolved).toBe(true);
    const reopened = await call(app, 'POST', `/api/proposals/${proposal.id}/threads/${onAuthors.id}/reopen`);
    expect(reopened.body.resolved).toBe(false);
    await call(app, 'POST', `/api/proposals/${proposal.id}/threads/${onAuthors.id}/resolve`);
  });

  it('refuses anchors the plan does not have, and unknown threads', async () => {
    const bad = await start('up', 99, 'where?');
    expectError(bad, 400, 'INVALID_ANCHOR');
    expect(bad.body.error.message).toContain('has 3 statements');
    expectError(await start('sideways', 0, 'x'), 400, 'VALIDATION_FAILED');
    expectError(await start('up', 0, ''), 400, 'VALIDATION_FAILED');
    const ghost = `/api/proposals/${proposal.id}/threads/00000000-0000-0000-0000-000000000000`;
    expectError(await call(app, 'POST', `${ghost}/replies`, { body: 'x' }), 404, 'THREAD_NOT_FOUND');
    expectError(await call(app, 'POST', `${ghost}/resolve`), 404, 'THREAD_NOT_FOUND');
    expectError(
      await call(app, 'POST', `/api/proposals/${proposal.id}/threads/bad/reopen`),
      404,
      'THREAD_NOT_FOUND',
    );
  });

  it('a new revision keeps the threads, marks those whose statement changed outdated, and resets approvals', async () => {
    onBooks = (await start('up', 1, 'Title length?')).body;
    onDown = (await start('down', 0, 'Down drops the FK first?')).body;
    await ok(act(app, proposal.id, 'approve'));
    // Only the books table changes: its CREATE TABLE is rewritten, the authors one is not.
    await editDesign(app, project.id, (design) => {
      table(design, 'books').columns.push({ name: 'isbn', type: 'text', nullable: true });
    });
    const pushed = await ok(act(app, proposal.id, 'revisions'));
    expect(pushed).toMatchObject({ status: 'open', revision: 2, approvals: [] });
    expect(pushed.plan.up[1].sql).toContain('isbn');
    const byId = new Map(pushed.threads.map((t: Json) => [t.id, t]));
    expect(byId.get(onAuthors.id)).toMatchObject({ outdated: false, resolved: true, revision: 1 });
    expect(byId.get(onBooks.id)).toMatchObject({ outdated: true, statementSql: onBooks.statementSql });
    expect(byId.get(onDown.id)).toMatchObject({ outdated: pushed.plan.down[0].sql !== onDown.statementSql });
    expect(pushed.activity.at(-1)).toMatchObject({
      action: 'push',
      detail: { from: 'approved', to: 'open', revision: 2 },
    });
    const list = await ok(call(app, 'GET', `/api/projects/${project.id}/proposals`));
    expect(list.proposals[0].openThreads).toBe(2);
  });

  it('pushing the design back makes the outdated thread current again', async () => {
    await editDesign(app, project.id, (design) => {
      const books = table(design, 'books');
      books.columns = books.columns.filter((c: Json) => c.name !== 'isbn');
    });
    const pushed = await ok(act(app, proposal.id, 'revisions'));
    expect(pushed.revision).toBe(3);
    expect(pushed.threads.find((t: Json) => t.id === onBooks.id).outdated).toBe(false);
  });

  it('logs who did what, in order', async () => {
    const { activity } = await ok(call(app, 'GET', `/api/proposals/${proposal.id}`));
    expect(activity.map((a: Json) => a.action)).toEqual([
      'created',
      'comment',
      'reply',
      'resolve',
      'reopen_thread',
      'resolve',
      'comment',
      'comment',
      'approve',
      'push',
      'push',
    ]);
    expect(new Set(activity.map((a: Json) => a.actor))).toEqual(new Set(['local']));
    const times = activity.map((a: Json) => a.at);
    expect([...times].sort()).toEqual(times);
  });
});
