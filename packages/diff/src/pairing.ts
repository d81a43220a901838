/** What matching two lists of named objects gives: pairs to compare, objects only on one side. */
export interface Pairing<T> {
  /** `[from, to]` pairs, renamed ones included. */
  readonly matched: readonly (readonly [T, T])[];
  /** Pairs matched through a rename hint (a subset of `matched`). */
  readonly renamed: readonly (readonly [T, T])[];
  readonly dropped: readonly T[];
  readonly added: readonly T[];
}

/**
 * Matches objects by key, following renames (`renamedTo` maps a `from` key to its `to` key when hinted).
 * An object whose name is the target of a rename is not matched by name: it is the renamed one's counterpart.
 */
export function pairObjects<T>(
  from: readonly T[],
  to: readonly T[],
  keyOf: (item: T) => string,
  renamedTo: (fromKey: string) => string | undefined = () => undefined,
): Pairing<T> {
  const toByKey = new Map(to.map((item) => [keyOf(item), item] as const));
  const validRenames = new Map<string, string>();
  for (const item of from) {
    const target = renamedTo(keyOf(item));
    if (target !== undefined && target !== keyOf(item) && toByKey.has(target))
      validRenames.set(keyOf(item), target);
  }
  const renameTargets = new Set(validRenames.values());
  const matched: (readonly [T, T])[] = [];
  const renamed: (readonly [T, T])[] = [];
  const dropped: T[] = [];
  const used = new Set<string>();
  for (const item of from) {
    const key = keyOf(item);
    const renameTarget = validRenames.get(key);
    const targetKey = renameTarget ?? (renameTargets.has(key) ? undefined : key);
    const counterpart = targetKey === undefined ? undefined : toByKey.get(targetKey);
    if (counterpart === undefined || targetKey === undefined || used.has(targetKey)) {
      dropped.push(item);
      continue;
    }
    used.add(targetKey);
    matched.push([item, counterpart]);
    if (renameTarget !== undefined) renamed.push([item, counterpart]);
  }
  const added = to.filter((item) => !used.has(keyOf(item)));
  return { matched, renamed, dropped, added };
}

/** The pairing of a list with itself: every object matched to itself, nothing renamed, dropped or added. */
export function identicalPairing<T>(items: readonly T[]): Pairing<T> {
  return { matched: items.map((item) => [item, item] as const), renamed: [], dropped: [], added: [] };
}

/** Moves matched pairs that cannot be altered in place to dropped + added. Renamed pairs stay renamed. */
export function splitRecreated<T>(
  pairing: Pairing<T>,
  mustRecreate: (from: T, to: T) => boolean,
): Pairing<T> {
  const recreate = pairing.matched.filter(([a, b]) => mustRecreate(a, b));
  if (recreate.length === 0) return pairing;
  const gone = new Set(recreate);
  return {
    matched: pairing.matched.filter((p) => !gone.has(p)),
    renamed: pairing.renamed.filter((p) => !gone.has(p)),
    dropped: [...pairing.dropped, ...recreate.map(([a]) => a)],
    added: [...pairing.added, ...recreate.map(([, b]) => b)],
  };
}
