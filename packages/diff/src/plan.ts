/**
 * The dialect-neutral shape of a migration: what the planner returns and what the CLI, API and docs consume.
 */

/** What can go wrong when a statement runs against a live database. */
export type HazardCode =
  | 'DELETES_DATA'
  | 'TABLE_REWRITE'
  | 'ACCESS_EXCLUSIVE_LOCK'
  | 'SHARE_LOCK'
  | 'INDEX_BUILD'
  | 'INDEX_DROPPED'
  | 'NOT_TRANSACTIONAL'
  | 'VALIDATION_SCAN'
  | 'BREAKS_DEPENDENTS';

export interface Hazard {
  readonly code: HazardCode;
  /** One short sentence a reviewer understands, e.g. `drops column "email" and its data`. */
  readonly reason: string;
}

export interface Statement {
  readonly sql: string;
  readonly hazards: readonly Hazard[];
  /** False for statements that cannot run inside a transaction block (CREATE INDEX CONCURRENTLY, ...). */
  readonly transactional: boolean;
}

export interface MigrationPlan {
  readonly up: readonly Statement[];
  readonly down: readonly Statement[];
}

/** Object kinds a rename hint can name. */
export type RenameKind = 'table' | 'column' | 'enum' | 'index' | 'constraint' | 'view' | 'sequence';

/**
 * An explicit rename. The engine never guesses renames: without a hint a renamed object is dropped and added.
 * `table` is set for kinds that live inside a table (column, index, constraint), and names that table as it
 * is in the `from` model (before any table rename).
 */
export interface RenameHint {
  readonly kind: RenameKind;
  readonly schema: string;
  readonly table?: string;
  readonly from: string;
  readonly to: string;
}

/**
 * The same hints seen from the other side, for planning `down`. A hint inside a table names the table as it
 * is in the `from` model, so when that table is renamed too, the inverted hint names its new name.
 */
export function invertHints(hints: readonly RenameHint[]): RenameHint[] {
  const renamedTables = new Map(
    hints.filter((h) => h.kind === 'table').map((h) => [`${h.schema}.${h.from}`, h.to] as const),
  );
  return hints.map((h) => {
    const table =
      h.table === undefined ? undefined : (renamedTables.get(`${h.schema}.${h.table}`) ?? h.table);
    return { ...h, ...(table === undefined ? {} : { table }), from: h.to, to: h.from };
  });
}
