import type { FastifyRequest } from 'fastify';
import type { Store } from '../store/store.ts';
import { requestAuth } from './context.ts';

/**
 * Connections are not part of a project: they are private to the account that stored them (their URL opens a
 * live database). A project's own connection is reached only through project actions (`project.refreshBaseline`,
 * `proposal.apply`), which the permission table governs. Others' connections answer CONNECTION_NOT_FOUND.
 */
export async function mayUseConnection(
  request: FastifyRequest,
  connectionId: string,
  store: Store,
): Promise<boolean> {
  const auth = requestAuth(request);
  if (!auth) return false;
  if (auth.kind === 'local') return true;
  return (await store.accounts.connectionCreator(connectionId)) === auth.account.id;
}
