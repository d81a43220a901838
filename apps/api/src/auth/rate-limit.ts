/**
 * Failed sign-ins counted per key (an account's email, a client address) in a fixed window. In memory: each
 * API instance counts its own, which still bounds guessing to `limit × instances` per window.
 */
export interface RateLimiter {
  /** Seconds until `key` may try again, or 0 when it may try now. */
  blockedFor(key: string): number;
  fail(key: string): void;
  reset(key: string): void;
}

export function rateLimiter(limit: number, windowMs: number, now: () => number = Date.now): RateLimiter {
  const failures = new Map<string, { count: number; since: number }>();
  const current = (key: string) => {
    const entry = failures.get(key);
    if (entry && now() - entry.since >= windowMs) {
      failures.delete(key);
      return undefined;
    }
    return entry;
  };
  return {
    blockedFor(key) {
      const entry = current(key);
      if (!entry || entry.count < limit) return 0;
      return Math.ceil((entry.since + windowMs - now()) / 1000);
    },
    fail(key) {
      const entry = current(key);
      if (entry) entry.count += 1;
      else failures.set(key, { count: 1, since: now() });
    },
    reset(key) {
      failures.delete(key);
    },
  };
}
