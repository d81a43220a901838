import { sameData } from '../share.ts';

/** What a merge did, as sentences people read before they accept it. */
export interface MergeReport {
  /** Changes made in the database that the merge brought into the design. */
  readonly brought: string[];
  /** Objects both sides changed differently: the design's version is kept, and this says so. */
  readonly conflicts: string[];
}

export interface KeyedMerge<T> {
  readonly key: (item: T) => string;
  /** How a person names the item in the report: `table public.orders`, `column email of public.users`. */
  readonly label: (item: T) => string;
  /**
   * For an item changed on both sides: a finer merge of its parts (a table's columns, say). Without one, or
   * when it returns undefined, the design's version is kept and reported as a conflict.
   */
  readonly nested?: (previous: T, current: T, design: T, report: MergeReport) => T | undefined;
}

/**
 * A three-way merge of one collection: `previous` is the database as it was read before, `current` as it is
 * now, `design` what people made from `previous`. A change on one side only is taken; a change on both sides
 * to the same result is taken once; different changes on both sides keep the design's and are reported.
 * The design's order is kept, and items new in the database come after it, in the database's order.
 */
export function mergeKeyed<T>(
  previous: readonly T[],
  current: readonly T[],
  design: readonly T[],
  spec: KeyedMerge<T>,
  report: MergeReport,
): T[] {
  const before = new Map(previous.map((item) => [spec.key(item), item]));
  const now = new Map(current.map((item) => [spec.key(item), item]));
  const designKeys = new Set(design.map(spec.key));
  const merged: T[] = [];
  for (const mine of design) {
    const key = spec.key(mine);
    const kept = mergeOne(before.get(key), now.get(key), mine, spec, report);
    if (kept !== undefined) merged.push(kept);
  }
  for (const theirs of current) {
    const key = spec.key(theirs);
    if (designKeys.has(key)) continue;
    const old = before.get(key);
    if (old === undefined) {
      merged.push(theirs);
      report.brought.push(`${spec.label(theirs)} added`);
    } else if (!sameData(old, theirs)) {
      // The design removed (or renamed) it while the database changed it: the removal stands.
      report.conflicts.push(`${spec.label(theirs)} changed in the database but removed in the design`);
    }
  }
  return merged;
}

/** One item the design has: what to keep of it, or undefined to drop it. */
function mergeOne<T>(
  old: T | undefined,
  theirs: T | undefined,
  mine: T,
  spec: KeyedMerge<T>,
  report: MergeReport,
): T | undefined {
  if (sameData(old, theirs) || sameData(mine, theirs)) return mine;
  if (sameData(mine, old)) {
    if (theirs === undefined) {
      report.brought.push(`${spec.label(mine)} removed`);
      return undefined;
    }
    // Only the database changed it: its version is taken as it is. A finer merge against the untouched design
    // cannot conflict, and says what changed inside it (a column added) rather than that it changed.
    if (old !== undefined && spec.nested) spec.nested(old, theirs, mine, report);
    else report.brought.push(`${spec.label(theirs)} changed`);
    return theirs;
  }
  if (old !== undefined && theirs !== undefined && spec.nested) {
    const finer = spec.nested(old, theirs, mine, report);
    if (finer !== undefined) return finer;
  }
  const how = theirs === undefined ? 'removed in the database but changed in the design' : describeBoth(old);
  report.conflicts.push(`${spec.label(mine)} ${how}`);
  return mine;
}

const describeBoth = (old: unknown) =>
  old === undefined ? 'added in both, differently' : 'changed in both the database and the design';

/** A single field merged the same way: one side's change is taken, different changes keep the design's. */
export function mergeField<T>(old: T, theirs: T, mine: T, label: string, report: MergeReport): T {
  if (sameData(old, theirs) || sameData(mine, theirs)) return mine;
  if (sameData(mine, old)) {
    report.brought.push(`${label} changed`);
    return theirs;
  }
  report.conflicts.push(`${label} changed in both the database and the design`);
  return mine;
}
