import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AccountStore } from './account-store.ts';
import type { Account } from './context.ts';
import { newToken, tokenHash } from './tokens.ts';

export const SESSION_COOKIE = 'ss_session';
const SESSION_MS = 14 * 24 * 60 * 60 * 1000;

/**
 * http-only so page scripts cannot read it; SameSite=Lax so other sites cannot post with it; Secure whenever
 * the request came over HTTPS (plain http on loopback must still work).
 */
function cookieOptions(request: FastifyRequest) {
  return {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: request.protocol === 'https',
  } as const;
}

export function sessionToken(request: FastifyRequest): string | undefined {
  return request.cookies[SESSION_COOKIE] || undefined;
}

export async function startSession(
  accounts: AccountStore,
  request: FastifyRequest,
  reply: FastifyReply,
  account: Account,
): Promise<void> {
  const token = newToken();
  const expires = new Date(Date.now() + SESSION_MS);
  await accounts.createSession(tokenHash(token), account.id, expires);
  reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions(request), expires });
}

export async function endSession(
  accounts: AccountStore,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<void> {
  const token = sessionToken(request);
  if (token) await accounts.deleteSession(tokenHash(token));
  reply.clearCookie(SESSION_COOKIE, cookieOptions(request));
}

export async function sessionAccount(
  accounts: AccountStore,
  request: FastifyRequest,
): Promise<Account | undefined> {
  const token = sessionToken(request);
  return token ? accounts.sessionAccount(tokenHash(token)) : undefined;
}
