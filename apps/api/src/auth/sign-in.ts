import type { FastifyRequest } from 'fastify';
import type { Outcome } from '../connections/live.ts';
import { failure } from '../errors.ts';
import type { AccountStore } from './account-store.ts';
import type { Account } from './context.ts';
import { decoyHash, verifyPassword } from './password.ts';
import { type RateLimiter, rateLimiter } from './rate-limit.ts';

const WINDOW_MS = 15 * 60 * 1000;

export interface SignInLimits {
  /** Failed sign-ins per account (by email) per 15 minutes. */
  readonly perAccount: number;
  /** Failed sign-ins per client address per 15 minutes: bounds guessing across many accounts. */
  readonly perAddress: number;
}

export const DEFAULT_LIMITS: SignInLimits = { perAccount: 5, perAddress: 20 };

/**
 * Checks an email and password, counting failures per account and per client address. Both are checked before
 * the password, so a blocked caller learns nothing more, even with the right password.
 */
export function signInChecker(accounts: AccountStore, limits: SignInLimits = DEFAULT_LIMITS) {
  const byAccount: RateLimiter = rateLimiter(limits.perAccount, WINDOW_MS);
  const byAddress: RateLimiter = rateLimiter(limits.perAddress, WINDOW_MS);
  return async (request: FastifyRequest, email: string, password: string): Promise<Outcome<Account>> => {
    const accountKey = email.toLowerCase();
    const wait = Math.max(byAccount.blockedFor(accountKey), byAddress.blockedFor(request.ip));
    if (wait > 0) return failure('RATE_LIMITED', undefined, { retryAfterSeconds: wait });
    const found = await accounts.credentials(accountKey);
    const valid = await verifyPassword(password, found?.passwordHash ?? (await decoyHash()));
    if (!found || !valid) {
      byAccount.fail(accountKey);
      byAddress.fail(request.ip);
      return failure('INVALID_CREDENTIALS');
    }
    byAccount.reset(accountKey);
    return { ok: true, value: found.account };
  };
}
