/**
 * Stable topological sort: items keep their order unless a dependency must come first. Dependencies outside
 * the list are ignored; a cycle is broken by taking the earliest remaining item.
 */
export function topoSort<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  depsOf: (item: T) => readonly string[],
): T[] {
  const keys = new Set(items.map(keyOf));
  const done = new Set<string>();
  const remaining = [...items];
  const sorted: T[] = [];
  while (remaining.length > 0) {
    const ready = remaining.findIndex((item) =>
      depsOf(item).every((d) => d === keyOf(item) || !keys.has(d) || done.has(d)),
    );
    const [next] = remaining.splice(ready === -1 ? 0 : ready, 1);
    if (next === undefined) break;
    sorted.push(next);
    done.add(keyOf(next));
  }
  return sorted;
}

/** Dependents before what they depend on (for drops), otherwise stable. */
export function reverseTopoSort<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  depsOf: (item: T) => readonly string[],
): T[] {
  const dependents = new Map<string, string[]>();
  for (const item of items)
    for (const d of depsOf(item))
      if (d !== keyOf(item)) dependents.set(d, [...(dependents.get(d) ?? []), keyOf(item)]);
  return topoSort(items, keyOf, (item) => dependents.get(keyOf(item)) ?? []);
}
