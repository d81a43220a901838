import type { RenameHint, RenameKind } from './plan.ts';

/** Rename hints by what they rename. Hints naming objects that do not exist are ignored by the pairing. */
export class RenameMap {
  private readonly byKey: ReadonlyMap<string, string>;

  constructor(hints: readonly RenameHint[]) {
    this.byKey = new Map(hints.map((h) => [RenameMap.key(h.kind, h.schema, h.table, h.from), h.to] as const));
  }

  /** The `to` name of an object hinted as renamed; `table` is the table's name in the `from` model. */
  renamedTo(kind: RenameKind, schema: string, name: string, table?: string): string | undefined {
    return this.byKey.get(RenameMap.key(kind, schema, table, name));
  }

  private static key(kind: RenameKind, schema: string, table: string | undefined, name: string): string {
    return JSON.stringify([kind, schema, table ?? '', name]);
  }
}
