import type { FastifyRequest } from 'fastify';
import type { Role } from './permissions.ts';

/** A signed-in account as routes see it (never its password hash). */
export interface Account {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly isAdmin: boolean;
}

/**
 * Who is asking. `local`: the studio is bound to loopback and has no accounts yet, so the one person at the
 * keyboard may do everything. `account`: a signed-in account whose rights come from its project roles.
 */
export type RequestAuth =
  | { readonly kind: 'local' }
  | {
      readonly kind: 'account';
      readonly account: Account;
      readonly roleIn: (projectId: string) => Promise<Role | undefined>;
    };

// A WeakMap rather than a request decorator: the type stays explicit and nothing outlives the request.
const byRequest = new WeakMap<FastifyRequest, RequestAuth>();

export function setRequestAuth(request: FastifyRequest, auth: RequestAuth): void {
  byRequest.set(request, auth);
}

/** Undefined only when the auth plugin did not run for this request (a bug): callers fail closed. */
export function requestAuth(request: FastifyRequest): RequestAuth | undefined {
  return byRequest.get(request);
}

/** The signed-in account, or null in local mode. */
export function accountOf(request: FastifyRequest): Account | null {
  const auth = requestAuth(request);
  return auth?.kind === 'account' ? auth.account : null;
}
