import type { RenameHint, RenameKind } from './plan.ts';

/** Rename hints by what they rename. Hints naming objects that do not exist are ignored by the pairing. */
export class RenameMap {
  private readonly byKey: ReadonlyMap<string, string>;
  /** `schema.table` of every table some hint reaches inside (its columns, indexes, constraints). */
  private readonly tablesWithInnerHints: ReadonlySet<string>;

  constructor(hints: readonly RenameHint[]) {
    this.byKey = new Map(hints.map((h) => [RenameMap.key(h.kind, h.schema, h.table, h.from), h.to] as const));
    this.tablesWithInnerHints = new Set(hints.flatMap((h) => (h.table ? [`${h.schema}.${h.table}`] : [])));
  }

  /** Whether any hint renames something inside this table (named as in the `from` model). */
  touchesInside(schema: string, table: string): boolean {
    return this.tablesWithInnerHints.has(`${schema}.${table}`);
  }

  /** The `to` name of an object hinted as renamed; `table` is the table's name in the `from` model. */
  renamedTo(kind: RenameKind, schema: string, name: string, table?: string): string | undefined {
    return this.byKey.get(RenameMap.key(kind, schema, table, name));
  }

  private static key(kind: RenameKind, schema: string, table: string | undefined, name: string): string {
    return JSON.stringify([kind, schema, table ?? '', name]);
  }
}
