/** Deep equality over plain model data, optionally ignoring some top-level fields (names, comments). */
export function sameIgnoring<T extends object>(a: T, b: T, ignored: readonly (keyof T)[] = []): boolean {
  return (
    stableJson(a, ignored as readonly PropertyKey[]) === stableJson(b, ignored as readonly PropertyKey[])
  );
}

function stableJson(value: unknown, ignored: readonly PropertyKey[] = []): string {
  return JSON.stringify(sortKeys(value, new Set(ignored)));
}

function sortKeys(value: unknown, ignored: ReadonlySet<PropertyKey>): unknown {
  if (Array.isArray(value)) return value.map((v) => sortKeys(v, new Set()));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([k, v]) => v !== undefined && !ignored.has(k))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v, new Set())]));
}

/** Equal string lists, order included. */
export function sameList(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  const x = a ?? [];
  const y = b ?? [];
  return x.length === y.length && x.every((v, i) => v === y[i]);
}
