/**
 * Catalog values as the driver hands them over. MySQL 8 returns some information_schema columns as binary
 * strings (Buffers) and numbers as strings or numbers depending on settings, so every reader goes through here.
 */

export function text(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (value instanceof Uint8Array) return new TextDecoder().decode(value);
  return String(value);
}

/** A value the catalog always fills in; an empty string when it did not. */
export function textOf(value: unknown): string {
  return text(value) ?? '';
}

export function numberOf(value: unknown): number | null {
  const s = text(value);
  if (s === null || s.trim() === '') return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** information_schema says `YES`/`NO`; MySQL 8 also uses 1/0 in places. */
export function yes(value: unknown): boolean {
  const s = text(value)?.toUpperCase();
  return s === 'YES' || s === '1' || s === 'Y';
}

/** A catalog comment: empty means none. */
export function comment(value: unknown): string | undefined {
  const s = text(value);
  return s ? s : undefined;
}
