import type { SchemaModel } from './model.ts';

/** Structural equality of plain model data; keys whose value is undefined count as absent, as in JSON. */
export function sameData(a: unknown, b: unknown, ignoredKeys: readonly string[] = []): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a))
    return Array.isArray(b) && a.length === b.length && a.every((v, i) => sameData(v, b[i]));
  if (Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = (o: Record<string, unknown>) =>
    Object.keys(o).filter((k) => o[k] !== undefined && !ignoredKeys.includes(k));
  const kx = keys(x);
  return kx.length === keys(y).length && kx.every((k) => Object.hasOwn(y, k) && sameData(x[k], y[k]));
}

type Named = { readonly schema: string; readonly name: string };

function shareList<T extends Named>(base: readonly T[], next: readonly T[]): readonly T[] {
  const byKey = new Map(base.map((item) => [`${item.schema}.${item.name}`, item]));
  let changed = false;
  const shared = next.map((item) => {
    const same = byKey.get(`${item.schema}.${item.name}`);
    if (same && same !== item && sameData(same, item)) {
      changed = true;
      return same;
    }
    return item;
  });
  return changed ? shared : next;
}

/**
 * `next` with every table, view and type that equals its counterpart in `base` replaced by that very object.
 * A design loaded beside its baseline then shares everything not yet edited, and the diff, which compares
 * references first, does work in proportion to what was edited rather than to the size of the schema.
 */
export function shareUnchanged(base: SchemaModel, next: SchemaModel): SchemaModel {
  return {
    ...next,
    tables: shareList(base.tables, next.tables),
    views: shareList(base.views, next.views),
    enums: shareList(base.enums, next.enums),
    domains: shareList(base.domains, next.domains),
    compositeTypes: shareList(base.compositeTypes, next.compositeTypes),
    sequences: shareList(base.sequences, next.sequences),
  };
}
