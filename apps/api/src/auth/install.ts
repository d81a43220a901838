import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { failure, sendError } from '../errors.ts';
import type { Store } from '../store/store.ts';
import { authorize } from './authorize.ts';
import { type RequestAuth, setRequestAuth } from './context.ts';
import { isLoopback } from './loopback.ts';
import type { Action } from './permissions.ts';
import { sessionAccount } from './session.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The permission-table action this route does on the project named by `projectParam` (`id`). */
    action?: Action;
    projectParam?: string;
  }
}

/** Reachable without signing in: the sign-in flow itself, the health check and the API's own docs. */
const PUBLIC = ['/api/auth/', '/api/health', '/api/docs'];

/** A route that goes through {@link authorize}: the role-matrix test is generated from these. */
export interface GuardedRoute {
  readonly method: string;
  readonly url: string;
  readonly action: Action;
}

const guardedByApp = new WeakMap<FastifyInstance, GuardedRoute[]>();
function guarded(app: FastifyInstance): GuardedRoute[] {
  const routes = guardedByApp.get(app) ?? [];
  guardedByApp.set(app, routes);
  return routes;
}

/** The routes of `app` (as passed to {@link installAuth}) that declare a permission-table action. */
export function guardedRoutes(app: FastifyInstance): readonly GuardedRoute[] {
  return guarded(app);
}

export interface AuthMode {
  /** Local mode: loopback and no account yet, so the one person at the keyboard needs no sign-in. */
  isLocal(): Promise<boolean>;
  readonly loopback: boolean;
}

/**
 * Installs sign-in on the whole app (hooks on the root instance, so every plugin's routes get them):
 * - onRequest: who is asking (session cookie, or local mode); `/api` routes answer SIGN_IN_REQUIRED otherwise;
 * - preValidation: routes that name an `action` in their config go through {@link authorize}, before their
 *   body is validated, so a caller without the right learns nothing about what the route would accept.
 */
export function installAuth(app: FastifyInstance, store: Store, host: string): AuthMode {
  const loopback = isLoopback(host);
  // Accounts are never deleted, so once one exists local mode is over for good; until then ask the store
  // (another instance sharing it may have created the first account).
  let accountsExist = false;
  const mode: AuthMode = {
    loopback,
    async isLocal() {
      if (!loopback) return false;
      accountsExist ||= await store.accounts.hasAccounts();
      return !accountsExist;
    },
  };

  const whoAsks = async (request: FastifyRequest): Promise<RequestAuth | undefined> => {
    const account = await sessionAccount(store.accounts, request);
    if (account) {
      return { kind: 'account', account, roleIn: (id) => store.accounts.roleIn(id, account.id) };
    }
    return (await mode.isLocal()) ? { kind: 'local' } : undefined;
  };

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const auth = await whoAsks(request);
    if (auth) return setRequestAuth(request, auth);
    const path = request.url.split('?')[0] ?? '';
    if (!path.startsWith('/api/') || PUBLIC.some((p) => path.startsWith(p))) return;
    return sendError(reply, failure('SIGN_IN_REQUIRED'));
  });

  app.addHook('onRoute', (route) => {
    const action = route.config?.action;
    if (action) guarded(app).push({ method: String(route.method), url: route.url, action });
  });
  app.addHook('preValidation', async (request: FastifyRequest, reply: FastifyReply) => {
    const { action, projectParam = 'id' } = request.routeOptions.config;
    if (!action) return;
    const projectId = (request.params as Record<string, string | undefined>)[projectParam] ?? '';
    const granted = await authorize(request, projectId, action);
    if (!('ok' in granted)) return sendError(reply, granted);
  });
  return mode;
}
