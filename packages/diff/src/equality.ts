import { sameData } from '@schema-studio/schema';

/**
 * Deep equality over plain model data, optionally ignoring some top-level fields (names, comments). Walks the
 * two values instead of serializing them: on large schemas equality is the diff's hottest path, and identical
 * references (untouched tables of an edited design) answer at once.
 */
export function sameIgnoring<T extends object>(a: T, b: T, ignored: readonly (keyof T)[] = []): boolean {
  return sameData(a, b, ignored as readonly string[]);
}

/** Equal string lists, order included. */
export function sameList(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  const x = a ?? [];
  const y = b ?? [];
  return x.length === y.length && x.every((v, i) => v === y[i]);
}
