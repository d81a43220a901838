import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, invite, setupAdmin } from './auth-helpers.ts';
import { expectError, type Json, pgliteApp, type TempDir, tempDir } from './helpers.ts';

/** Review with accounts: each route asks the permission table, and the activity names the account. */
let dir: TempDir;
let app: FastifyInstance;
let owner: Client;
const as: Record<string, Client> = {};
let proposal: Json;

beforeAll(async () => {
  dir = tempDir('ss-review-roles');
  app = await pgliteApp(dir.path);
  owner = await setupAdmin(app);
  for (const role of ['editor', 'reviewer', 'viewer', 'outsider']) {
    as[role] = (await invite(app, owner, `${role}@example.com`, role)).client;
  }
  const project = await owner.call('POST', '/api/projects', {
    name: 'team',
    source: { kind: 'sql', sql: 'CREATE TABLE t (id int PRIMARY KEY);' },
  });
  for (const role of ['editor', 'reviewer', 'viewer']) {
    await owner.call('POST', `/api/projects/${project.body.id}/members`, {
      account: `${role}@example.com`,
      role,
    });
  }
  proposal = (await as.editor?.call('POST', `/api/projects/${project.body.id}/proposals`, { title: 'T' }))
    ?.body;
}, 60_000);
afterAll(async () => {
  await app.close();
  dir.remove();
});

const who = (role: string) => {
  const c = as[role];
  if (!c) throw new Error(role);
  return c;
};

describe('review permissions', () => {
  it('records the account that acts, not "local"', () => {
    expect(proposal).toMatchObject({ author: 'editor@example.com', status: 'open' });
    expect(proposal.activity[0].actor).toBe('editor@example.com');
  });

  it('a viewer reads but may not comment, review or apply', async () => {
    expect((await who('viewer').call('GET', `/api/proposals/${proposal.id}`)).status).toBe(200);
    const comment = { direction: 'up', index: 0, body: 'hm' };
    expectError(
      await who('viewer').call('POST', `/api/proposals/${proposal.id}/threads`, comment),
      403,
      'FORBIDDEN',
    );
    expectError(await who('viewer').call('POST', `/api/proposals/${proposal.id}/approve`), 403, 'FORBIDDEN');
    expectError(await who('viewer').call('POST', `/api/proposals/${proposal.id}/apply`), 403, 'FORBIDDEN');
  });

  it('a reviewer comments and approves, but may neither push nor apply', async () => {
    const thread = await who('reviewer').call('POST', `/api/proposals/${proposal.id}/threads`, {
      direction: 'up',
      index: 0,
      body: 'fine',
    });
    expect(thread.body.comments[0].author).toBe('reviewer@example.com');
    const approved = await who('reviewer').call('POST', `/api/proposals/${proposal.id}/approve`);
    expect(approved.body.approvals.map((a: Json) => a.reviewer)).toEqual(['reviewer@example.com']);
    expectError(
      await who('reviewer').call('POST', `/api/proposals/${proposal.id}/revisions`),
      403,
      'FORBIDDEN',
    );
    expectError(await who('reviewer').call('POST', `/api/proposals/${proposal.id}/apply`), 403, 'FORBIDDEN');
  });

  it('an editor may not review', async () => {
    expectError(
      await who('editor').call('POST', `/api/proposals/${proposal.id}/request-changes`),
      403,
      'FORBIDDEN',
    );
  });

  it('someone outside the project learns nothing', async () => {
    const seen = await who('outsider').call('GET', `/api/proposals/${proposal.id}`);
    const ghost = await who('outsider').call('GET', '/api/proposals/00000000-0000-4000-8000-000000000000');
    expectError(seen, 404, 'PROPOSAL_NOT_FOUND');
    expect(seen.body).toEqual(ghost.body);
    expectError(
      await who('outsider').call('POST', `/api/proposals/${proposal.id}/apply`),
      404,
      'PROPOSAL_NOT_FOUND',
    );
    expectError(
      await who('outsider').call('GET', `/api/projects/${proposal.projectId}/proposals`),
      404,
      'PROJECT_NOT_FOUND',
    );
  });
});
