import type { FastifyRequest } from 'fastify';
import { authorize } from '../auth/authorize.ts';
import { accountOf } from '../auth/context.ts';
import type { Outcome } from '../connections/live.ts';

/** The review actions of the permission table (auth/permissions.ts). */
export type ReviewAction =
  | 'proposal.read'
  | 'proposal.create'
  | 'proposal.comment'
  | 'proposal.review'
  | 'proposal.apply';

/** The actor recorded in local single-user mode, where there is no account. */
export const LOCAL_ACTOR = 'local';

/**
 * May this request do `action` on the project? Granted: the actor as the activity and migration logs record
 * it (the account's email: readable in a docs log, and unique). Every review route calls this once, with the
 * project the proposal belongs to.
 */
export async function access(
  request: FastifyRequest,
  projectId: string,
  action: ReviewAction,
): Promise<Outcome<string>> {
  const granted = await authorize(request, projectId, action);
  if (!('ok' in granted)) return granted;
  return { ok: true, value: accountOf(request)?.email ?? LOCAL_ACTOR };
}
