/**
 * Catalog values as drivers return them: `mysql2` with `bigNumberStrings` hands BIGINT columns back as text,
 * other setups as numbers or bigints. Stats want sizes and counts as numbers, sequence values as exact text.
 */

export function numberOf(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' || typeof value === 'bigint') return Number(value);
  return 0;
}

export function decimalOf(value: unknown): string | null {
  if (typeof value === 'string' && /^-?\d+$/.test(value)) return value;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  if (typeof value === 'bigint') return value.toString();
  return null;
}

export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Uint8Array) return new TextDecoder().decode(value);
  return String(value);
}

/** Code-unit order, as PostgreSQL's `COLLATE "C"`: the same on every server whatever its collation. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
