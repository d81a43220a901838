import { createTempDatabase } from '@schema-studio/postgres/testing';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { client, invite, PASSWORD, setupAdmin } from './auth-helpers.ts';
import { expectError, pgliteApp, sleep, type TempDir, tempDir } from './helpers.ts';

let dir: TempDir | undefined;
let app: FastifyInstance | undefined;

async function start(extra: Parameters<typeof pgliteApp>[1] = {}): Promise<FastifyInstance> {
  dir = tempDir('ss-auth');
  app = await pgliteApp(dir.path, extra);
  return app;
}

afterEach(async () => {
  await app?.close();
  dir?.remove();
  app = undefined;
  dir = undefined;
});

const EMPTY = { name: 'p', source: { kind: 'empty' } };

describe('local mode and sign-in required', () => {
  it('runs single-user without sign-in on loopback while there is no account', async () => {
    const api = await start({ host: 'localhost' });
    const anyone = client(api);
    expect((await anyone.call('POST', '/api/projects', EMPTY)).status).toBe(201);
    expect((await anyone.call('GET', '/api/projects')).status).toBe(200);
    expect((await anyone.call('GET', '/api/auth/status')).body).toEqual({
      account: null,
      local: true,
      setUp: false,
    });
  });

  it('requires sign-in when bound to a non-loopback address, even with no account', async () => {
    const api = await start({ host: '0.0.0.0' });
    const anyone = client(api);
    expectError(await anyone.call('GET', '/api/projects'), 401, 'SIGN_IN_REQUIRED');
    expectError(await anyone.call('POST', '/api/sql/model', { sql: '' }), 401, 'SIGN_IN_REQUIRED');
    expect((await anyone.call('GET', '/api/health')).status).toBe(200);
    expect((await anyone.call('GET', '/api/auth/status')).body.local).toBe(false);
    // The web app itself (outside /api) still loads, so it can show the sign-in page.
    expect((await anyone.call('GET', '/')).status).not.toBe(401);
  });

  it('ends local mode once the first admin exists; local-mode projects become the admin’s', async () => {
    const api = await start();
    const before = await client(api).call('POST', '/api/projects', EMPTY);
    const admin = await setupAdmin(api);
    expectError(await client(api).call('GET', '/api/projects'), 401, 'SIGN_IN_REQUIRED');
    const listed = await admin.call('GET', '/api/projects');
    expect(listed.body.projects.map((p: { id: string }) => p.id)).toEqual([before.body.id]);
    expect((await admin.call('GET', `/api/projects/${before.body.id}/access`)).body.role).toBe('owner');
    const second = await client(api).call('POST', '/api/auth/setup', {
      email: 'b@example.com',
      name: 'B',
      password: PASSWORD,
    });
    expectError(second, 409, 'ALREADY_SET_UP');
  });
});

describe('sign-in and sign-out', () => {
  it('sets an http-only SameSite=Lax session cookie and signs the admin in', async () => {
    const api = await start();
    const admin = await setupAdmin(api);
    const cookie = admin.setCookie() ?? '';
    expect(cookie).toMatch(/^ss_session=[\w-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).toContain('Path=/');
    expect(cookie).not.toContain('Secure'); // plain http on loopback
    const status = await admin.call('GET', '/api/auth/status');
    expect(status.body.account).toMatchObject({ email: 'admin@example.com', isAdmin: true });
  });

  it('takes Secure from the real protocol, not from a header a client can forge', async () => {
    const api = await start();
    await setupAdmin(api);
    const answer = await api.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { 'x-forwarded-proto': 'https' },
      payload: { email: 'admin@example.com', password: PASSWORD },
    });
    // Without trustProxy the protocol header is ignored: this proves Secure follows the real protocol only.
    expect(String(answer.headers['set-cookie'])).not.toContain('Secure');
  });

  it('refuses a wrong password or an unknown email with the same code, and signs out for good', async () => {
    const api = await start();
    await setupAdmin(api, 'Admin@Example.com');
    const browser = client(api);
    const wrong = { email: 'admin@example.com', password: 'not the password' };
    expectError(await browser.call('POST', '/api/auth/sign-in', wrong), 401, 'INVALID_CREDENTIALS');
    expectError(
      await browser.call('POST', '/api/auth/sign-in', { email: 'who@example.com', password: PASSWORD }),
      401,
      'INVALID_CREDENTIALS',
    );
    const ok = await browser.call('POST', '/api/auth/sign-in', {
      email: 'ADMIN@example.com',
      password: PASSWORD,
    });
    expect(ok.status).toBe(200);
    const session = browser.cookie;
    expect((await browser.call('GET', '/api/projects')).status).toBe(200);
    expect((await browser.call('POST', '/api/auth/sign-out')).status).toBe(204);
    expect(browser.setCookie()).toMatch(/^ss_session=;/);
    // The old token is dead on the server too, not only forgotten by the browser.
    browser.cookie = session;
    expectError(await browser.call('GET', '/api/projects'), 401, 'SIGN_IN_REQUIRED');
  });
});

describe('sign-in rate limit', () => {
  it('blocks an account after repeated failures, even with the right password then', async () => {
    const api = await start({ signInLimits: { perAccount: 3, perAddress: 100 } });
    await setupAdmin(api);
    const attacker = client(api, '10.0.0.7');
    for (let i = 0; i < 3; i++) {
      await attacker.call('POST', '/api/auth/sign-in', {
        email: 'admin@example.com',
        password: `guess-${i}`,
      });
    }
    const blocked = await client(api, '10.0.0.8').call('POST', '/api/auth/sign-in', {
      email: 'admin@example.com',
      password: PASSWORD,
    });
    expectError(blocked, 429, 'RATE_LIMITED');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(blocked.body.error.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('blocks a client address guessing across many accounts', async () => {
    const api = await start({ signInLimits: { perAccount: 100, perAddress: 3 } });
    await setupAdmin(api);
    const attacker = client(api, '10.0.0.9');
    for (const who of ['a', 'b', 'c']) {
      await attacker.call('POST', '/api/auth/sign-in', { email: `${who}@example.com`, password: 'x' });
    }
    const blocked = await attacker.call('POST', '/api/auth/sign-in', {
      email: 'admin@example.com',
      password: PASSWORD,
    });
    expectError(blocked, 429, 'RATE_LIMITED');
    const elsewhere = await client(api, '10.0.0.10').call('POST', '/api/auth/sign-in', {
      email: 'admin@example.com',
      password: PASSWORD,
    });
    expect(elsewhere.status).toBe(200);
  });
});

describe('invitations', () => {
  it('lets the admin invite; accepting creates a signed-in account, and the link works once', async () => {
    const api = await start();
    const admin = await setupAdmin(api);
    const invited = await admin.call('POST', '/api/auth/invitations', { email: 'Bea@Example.com' });
    expect(invited.status).toBe(201);
    expect(invited.body.path).toMatch(/^\/invite\/[\w-]{43}$/);
    const token = invited.body.path.split('/').pop();
    const bea = client(api);
    expect((await bea.call('GET', `/api/auth/invitations/${token}`)).body).toEqual({
      email: 'bea@example.com',
    });
    const accepted = await bea.call('POST', `/api/auth/invitations/${token}/accept`, {
      name: 'Bea',
      password: PASSWORD,
    });
    expect(accepted.status).toBe(201);
    expect(accepted.body.account).toMatchObject({ email: 'bea@example.com', name: 'Bea', isAdmin: false });
    expect((await bea.call('GET', '/api/projects')).status).toBe(200);
    const again = await client(api).call('POST', `/api/auth/invitations/${token}/accept`, {
      name: 'Mallory',
      password: PASSWORD,
    });
    expectError(again, 410, 'INVITATION_INVALID');
    expectError(await bea.call('GET', `/api/auth/invitations/${token}`), 410, 'INVITATION_INVALID');
    // Only admins invite.
    expectError(
      await bea.call('POST', '/api/auth/invitations', { email: 'c@example.com' }),
      403,
      'FORBIDDEN',
    );
    expectError(
      await client(api).call('POST', '/api/auth/invitations', { email: 'c@example.com' }),
      401,
      'SIGN_IN_REQUIRED',
    );
  });

  it('refuses an expired or unknown link', async () => {
    const api = await start({ invitationMs: 30 });
    const admin = await setupAdmin(api);
    const invited = await admin.call('POST', '/api/auth/invitations', { email: 'late@example.com' });
    await sleep(60);
    const token = invited.body.path.split('/').pop();
    const late = await client(api).call('POST', `/api/auth/invitations/${token}/accept`, {
      name: 'Late',
      password: PASSWORD,
    });
    expectError(late, 410, 'INVITATION_INVALID');
    const unknown = await client(api).call('POST', `/api/auth/invitations/${'x'.repeat(43)}/accept`, {
      name: 'Nobody',
      password: PASSWORD,
    });
    expectError(unknown, 410, 'INVITATION_INVALID');
  });

  it('refuses a short password', async () => {
    const api = await start();
    const admin = await setupAdmin(api);
    const invited = await admin.call('POST', '/api/auth/invitations', { email: 'short@example.com' });
    const token = invited.body.path.split('/').pop();
    const answer = await client(api).call('POST', `/api/auth/invitations/${token}/accept`, {
      name: 'Short',
      password: 'abc',
    });
    expectError(answer, 400, 'VALIDATION_FAILED');
  });
});

describe('members', () => {
  it('shows people only their projects; owners add, change and remove members; a project keeps an owner', async () => {
    const api = await start();
    const admin = await setupAdmin(api);
    const bea = await invite(api, admin, 'bea@example.com', 'Bea');
    const project = (await admin.call('POST', '/api/projects', EMPTY)).body;
    expect((await bea.client.call('GET', '/api/projects')).body.projects).toEqual([]);
    expectError(await bea.client.call('GET', `/api/projects/${project.id}`), 404, 'PROJECT_NOT_FOUND');

    const members = `/api/projects/${project.id}/members`;
    const added = await admin.call('POST', members, { account: 'Bea', role: 'viewer' });
    expect(added.body.members.map((m: { name: string; role: string }) => [m.name, m.role])).toEqual([
      ['Ada Admin', 'owner'],
      ['Bea', 'viewer'],
    ]);
    expect((await bea.client.call('GET', '/api/projects')).body.projects).toHaveLength(1);
    expectError(
      await bea.client.call('PATCH', `/api/projects/${project.id}`, { name: 'x' }),
      403,
      'FORBIDDEN',
    );
    expectError(
      await admin.call('POST', members, { account: 'nobody', role: 'viewer' }),
      404,
      'ACCOUNT_NOT_FOUND',
    );

    const me = (await admin.call('GET', '/api/auth/status')).body.account.id;
    expectError(await admin.call('PATCH', `${members}/${me}`, { role: 'editor' }), 409, 'LAST_OWNER');
    expectError(await admin.call('DELETE', `${members}/${me}`), 409, 'LAST_OWNER');
    await admin.call('PATCH', `${members}/${bea.id}`, { role: 'owner' });
    expect((await admin.call('DELETE', `${members}/${me}`)).status).toBe(200);
    expectError(await admin.call('GET', `/api/projects/${project.id}`), 404, 'PROJECT_NOT_FOUND');
    expectError(await bea.client.call('DELETE', `${members}/${me}`), 404, 'MEMBER_NOT_FOUND');
  });
});

describe('jobs', () => {
  it("shows an introspection job only to those who may use its connection (its result is that database's schema)", async () => {
    const live = await createTempDatabase('auth_jobs');
    try {
      const api = await start();
      const admin = await setupAdmin(api);
      const added = await admin.call('POST', '/api/connections', { name: 'live', url: live.url });
      expect(added.status).toBe(201);
      const job = await admin.call('POST', `/api/connections/${added.body.id}/introspect`);
      expect(job.status).toBe(202);
      const token = (
        await admin.call('POST', '/api/auth/invitations', { email: 'bea@example.com' })
      ).body.path
        .split('/')
        .pop();
      const bea = client(api);
      await bea.call('POST', `/api/auth/invitations/${token}/accept`, { name: 'Bea', password: PASSWORD });
      expectError(await bea.call('GET', `/api/jobs/${job.body.jobId}`), 404, 'JOB_NOT_FOUND');
      expect((await admin.call('GET', `/api/jobs/${job.body.jobId}`)).status).toBe(200);
      for (
        let i = 0;
        i < 100 && (await admin.call('GET', `/api/jobs/${job.body.jobId}`)).body.status === 'running';
        i++
      )
        await sleep(50);
    } finally {
      await live.drop();
    }
  });
});
