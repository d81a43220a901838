import { isIP } from 'node:net';

/**
 * Whether the server listens only on this machine. `0.0.0.0`, `::` and any other address reach other
 * machines, so they never count.
 */
export function isLoopback(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1');
  if (h === 'localhost' || h === '::1') return true;
  return isIP(h) === 4 && h.startsWith('127.');
}
