import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: session cookies and invitation links. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The store keeps only this, so reading the store does not give anyone a usable session or invitation. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
