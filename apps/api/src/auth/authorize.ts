import type { FastifyRequest } from 'fastify';
import type { Outcome } from '../connections/live.ts';
import { failure } from '../errors.ts';
import { requestAuth } from './context.ts';
import { type Action, allows, PERMISSIONS, type Role } from './permissions.ts';

export type { Action, Role } from './permissions.ts';

/** What a granted request may rely on: who asks (null in local mode) and with which role. */
export interface Access {
  readonly accountId: string | null;
  readonly role: Role;
}

/**
 * The one guard for project routes: may this request do `action` on project `projectId`?
 * - local mode (loopback, no accounts): everything, as the project's owner;
 * - not a member: PROJECT_NOT_FOUND, so ids of other people's projects reveal nothing;
 * - a member whose role the permission table does not list for `action`: FORBIDDEN.
 * It does not check that the project exists in local mode: routes still answer PROJECT_NOT_FOUND themselves.
 */
export async function authorize(
  request: FastifyRequest,
  projectId: string,
  action: Action,
): Promise<Outcome<Access>> {
  const auth = requestAuth(request);
  if (!auth) return failure('SIGN_IN_REQUIRED');
  if (auth.kind === 'local') return { ok: true, value: { accountId: null, role: 'owner' } };
  const role = await auth.roleIn(projectId);
  if (!role) return failure('PROJECT_NOT_FOUND');
  if (!allows(role, action)) {
    return failure('FORBIDDEN', `The ${role} role may not ${action}.`, {
      action,
      role,
      allowed: PERMISSIONS[action],
    });
  }
  return { ok: true, value: { accountId: auth.account.id, role } };
}
