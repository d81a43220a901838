import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardedRoutes } from '../src/auth/install.ts';
import { allows, ROLES, type Role } from '../src/auth/permissions.ts';
import { type Client, invite, setupAdmin } from './auth-helpers.ts';
import { expectError, pgliteApp, type TempDir, tempDir } from './helpers.ts';

/**
 * The role matrix, generated: every route that declares a permission-table action × every role. Allowed cells
 * must get past the guard (not 401/403, whatever the empty body then earns); denied cells must get 403
 * FORBIDDEN. Each cell runs on a fresh project, so deleting routes cannot spoil the next cell.
 */
let dir: TempDir;
let app: FastifyInstance;
let owner: Client;
const people = new Map<Role, { client: Client; id: string }>();
let outsider: Client;

beforeAll(async () => {
  dir = tempDir('ss-roles');
  app = await pgliteApp(dir.path);
  owner = await setupAdmin(app);
  for (const role of ROLES.filter((r) => r !== 'owner')) {
    people.set(role, await invite(app, owner, `${role}@example.com`, role));
  }
  outsider = (await invite(app, owner, 'outsider@example.com', 'outsider')).client;
}, 60_000);

afterAll(async () => {
  await app.close();
  dir.remove();
});

async function freshProject(): Promise<string> {
  const created = await owner.call('POST', '/api/projects', { name: 'matrix', source: { kind: 'empty' } });
  for (const role of people.keys()) {
    await owner.call('POST', `/api/projects/${created.body.id}/members`, {
      account: `${role}@example.com`,
      role,
    });
  }
  return created.body.id;
}

const asRole = (role: Role) => (role === 'owner' ? owner : (people.get(role)?.client ?? owner));
const urlFor = (template: string, projectId: string) =>
  template.replace(':id', projectId).replace(/:\w+/g, '00000000-0000-4000-8000-000000000000');

describe('role matrix', () => {
  it('covers the project, docs and member routes (proposal routes authorize inline, by proposal)', () => {
    const guarded = new Set(guardedRoutes(app).map((r) => `${r.method} ${r.url}`));
    const wanted = [
      ...['GET', 'PUT', 'PATCH', 'DELETE'].map((m) => `${m} /api/projects/:id`),
      'POST /api/projects/:id/refresh-baseline',
      'POST /api/projects/:id/docs',
      'GET /api/projects/:id/docs.zip',
      'GET /api/projects/:id/members',
      'POST /api/projects/:id/members',
      'PATCH /api/projects/:id/members/:accountId',
      'DELETE /api/projects/:id/members/:accountId',
    ];
    for (const route of wanted) expect(guarded).toContain(route);
    expect(guarded.size).toBeGreaterThanOrEqual(12);
  });

  const cells = () => guardedRoutes(app).flatMap((route) => ROLES.map((role) => ({ route, role })));

  it('lets each role do exactly what the permission table allows, on every guarded route', async () => {
    const results: string[] = [];
    for (const { route, role } of cells()) {
      if (route.method === 'HEAD') continue;
      const projectId = await freshProject();
      const answer = await asRole(role).call(
        route.method as 'GET',
        urlFor(route.url, projectId),
        route.method === 'GET' || route.method === 'DELETE' ? undefined : {},
      );
      const cell = `${role} ${route.method} ${route.url} (${route.action})`;
      if (allows(role, route.action)) {
        results.push(
          `${cell}: ${[401, 403].includes(answer.status) ? `denied ${answer.status}` : 'allowed'}`,
        );
      } else {
        results.push(
          `${cell}: ${answer.status === 403 && answer.body.error.code === 'FORBIDDEN' ? 'forbidden' : `LEAK ${answer.status}`}`,
        );
      }
    }
    const expected = cells()
      .filter(({ route }) => route.method !== 'HEAD')
      .map(({ route, role }) => {
        const cell = `${role} ${route.method} ${route.url} (${route.action})`;
        return `${cell}: ${allows(role, route.action) ? 'allowed' : 'forbidden'}`;
      });
    expect(results).toEqual(expected);
  }, 120_000);

  it('answers PROJECT_NOT_FOUND to someone who is not a member, on every guarded route', async () => {
    const projectId = await freshProject();
    for (const route of guardedRoutes(app)) {
      if (route.method === 'HEAD') continue;
      const answer = await outsider.call(
        route.method as 'GET',
        urlFor(route.url, projectId),
        route.method === 'GET' || route.method === 'DELETE' ? undefined : {},
      );
      expectError(answer, 404, 'PROJECT_NOT_FOUND');
    }
  });
});
