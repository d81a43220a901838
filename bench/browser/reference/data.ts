/** What the benchmark hands the reference page (as `data.json` beside it): the studio's tables at its positions. */
export interface ReferenceData {
  readonly tables: readonly ReferenceTable[];
  /** One edge per foreign key, from the referencing table to the referenced one. */
  readonly edges: readonly { readonly id: string; readonly source: string; readonly target: string }[];
}

export interface ReferenceTable {
  /** The studio's node id (`schema.table`), so both pages name the same table the same way. */
  readonly id: string;
  readonly name: string;
  readonly columns: readonly { readonly name: string; readonly type: string }[];
  readonly x: number;
  readonly y: number;
}
