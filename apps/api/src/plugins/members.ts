import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import type { Member } from '../auth/account-store.ts';
import { authorize } from '../auth/authorize.ts';
import { ACTIONS, allows, ROLES } from '../auth/permissions.ts';
import { failure, sendError } from '../errors.ts';
import { IdParams, responses } from '../http/schemas.ts';
import type { ServicesOption } from '../services.ts';

const RoleSchema = Type.Union(ROLES.map((r) => Type.Literal(r)));
const MemberSchema = Type.Object({
  accountId: Type.String(),
  email: Type.String(),
  name: Type.String(),
  role: RoleSchema,
});
const Members = Type.Object({ members: Type.Array(MemberSchema) });
const MemberParams = Type.Object({
  id: IdParams.properties.id,
  accountId: Type.String({ minLength: 1, maxLength: 100 }),
});

const publicMember = (m: Member) => ({
  accountId: m.account.id,
  email: m.account.email,
  name: m.account.name,
  role: m.role,
});

/** Project members and roles; only owners change them (`members.manage`), and a project keeps an owner. */
export const membersPlugin: FastifyPluginAsyncTypebox<ServicesOption> = async (app, { services }) => {
  const { store } = services;
  const accounts = store.accounts;
  const list = async (projectId: string) => ({
    members: (await accounts.members(projectId)).map(publicMember),
  });
  const exists = async (projectId: string) => (await store.getProject(projectId)) !== undefined;

  app.get(
    '/api/projects/:id/access',
    {
      schema: {
        tags: ['members'],
        summary: 'Your role in the project and the actions it allows (local mode: owner)',
        params: IdParams,
        response: responses({
          200: Type.Object({ role: RoleSchema, actions: Type.Array(Type.String()) }),
        }),
      },
      config: { action: 'project.read' },
    },
    async (request, reply) => {
      if (!(await exists(request.params.id))) return sendError(reply, failure('PROJECT_NOT_FOUND'));
      const access = await authorize(request, request.params.id, 'project.read');
      if (!('ok' in access)) return sendError(reply, access);
      const { role } = access.value;
      return { role, actions: ACTIONS.filter((a) => allows(role, a)) };
    },
  );

  app.get(
    '/api/projects/:id/members',
    {
      schema: {
        tags: ['members'],
        summary: "The project's members and their roles",
        params: IdParams,
        response: responses({ 200: Members }),
      },
      config: { action: 'project.read' },
    },
    async (request, reply) => {
      if (!(await exists(request.params.id))) return sendError(reply, failure('PROJECT_NOT_FOUND'));
      return list(request.params.id);
    },
  );

  app.post(
    '/api/projects/:id/members',
    {
      schema: {
        tags: ['members'],
        summary: 'Owners: add an account (by email or name) with a role, or change its role',
        params: IdParams,
        body: Type.Object({ account: Type.String({ minLength: 1, maxLength: 320 }), role: RoleSchema }),
        response: responses({ 200: Members }),
      },
      config: { action: 'members.manage' },
    },
    async (request, reply) => {
      const { id } = request.params;
      if (!(await exists(id))) return sendError(reply, failure('PROJECT_NOT_FOUND'));
      const account = await accounts.findAccount(request.body.account.trim());
      if (!account) return sendError(reply, failure('ACCOUNT_NOT_FOUND'));
      if (!(await accounts.setMember(id, account.id, request.body.role))) {
        return sendError(reply, failure('LAST_OWNER'));
      }
      return list(id);
    },
  );

  app.patch(
    '/api/projects/:id/members/:accountId',
    {
      schema: {
        tags: ['members'],
        summary: "Owners: change a member's role",
        params: MemberParams,
        body: Type.Object({ role: RoleSchema }),
        response: responses({ 200: Members }),
      },
      config: { action: 'members.manage' },
    },
    async (request, reply) => {
      const { id, accountId } = request.params;
      if (!(await accounts.roleIn(id, accountId))) return sendError(reply, failure('MEMBER_NOT_FOUND'));
      if (!(await accounts.setMember(id, accountId, request.body.role))) {
        return sendError(reply, failure('LAST_OWNER'));
      }
      return list(id);
    },
  );

  app.delete(
    '/api/projects/:id/members/:accountId',
    {
      schema: {
        tags: ['members'],
        summary: 'Owners: remove a member',
        params: MemberParams,
        response: responses({ 200: Members }),
      },
      config: { action: 'members.manage' },
    },
    async (request, reply) => {
      const { id, accountId } = request.params;
      const removed = await accounts.removeMember(id, accountId);
      if (removed === undefined) return sendError(reply, failure('MEMBER_NOT_FOUND'));
      if (!removed) return sendError(reply, failure('LAST_OWNER'));
      return list(id);
    },
  );
};
