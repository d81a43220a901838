/**
 * MySQL's online DDL rules in one table: for each operation the planner emits, the ALGORITHM/LOCK clause it
 * may carry, the lock it takes and whether it rebuilds the table.
 *
 * A clause is only listed when both MySQL 8 and MariaDB 10.11 accept it for InnoDB: a refused clause fails the
 * migration, while a missing one only lets the server pick the best algorithm it has. Clauses are therefore
 * dropped whenever the table is not known to be InnoDB, and the conditions below (FULLTEXT indexes, column
 * position, ...) are checked by the caller before asking for an instant rule.
 */
import type { Hazard } from '@schema-studio/diff';
import { hazard, shown } from './statement.ts';

export type OnlineOp =
  | 'addColumnLast'
  | 'addColumn'
  | 'dropColumn'
  | 'renameColumn'
  | 'renameColumnInForeignKey'
  | 'setDefault'
  | 'modifyMetadata'
  | 'widenVarchar'
  | 'appendMembers'
  | 'rebuildColumn'
  | 'moveColumn'
  | 'addIndex'
  | 'addFulltextOrSpatialIndex'
  | 'dropIndex'
  | 'renameIndex'
  | 'addForeignKey'
  | 'dropForeignKey'
  | 'addCheck'
  | 'dropCheck'
  | 'changePrimaryKey'
  | 'changeEngineOrRowFormat'
  | 'changeDefaultCharset'
  | 'changeTableComment'
  | 'changeTableOptions'
  | 'renameTable'
  | 'dropTable';

/** Which lock the statement holds while it runs. */
export type LockKind =
  /** An exclusive metadata lock at the start and end only; reads and writes run in between. */
  | 'metadata'
  /** Writes blocked for the whole statement (a copy, or a FULLTEXT/SPATIAL build); reads continue. */
  | 'shared'
  /** Reads and writes blocked for the whole statement. */
  | 'exclusive';

export interface OnlineRule {
  /** `ALGORITHM=..., LOCK=...` text to append, when safe on both servers. */
  readonly clause?: string;
  readonly lock: LockKind;
  /** Whether the server rebuilds the table (ALGORITHM=COPY or an in-place rebuild). */
  readonly rewrite: boolean;
}

export const ONLINE_RULES: { readonly [K in OnlineOp]: OnlineRule } = {
  // Instant ADD COLUMN: MySQL 8.0.12+ at the end only (any position from 8.0.29), MariaDB 10.3+.
  addColumnLast: { clause: 'ALGORITHM=INSTANT', lock: 'metadata', rewrite: false },
  // Instant in the middle only from MySQL 8.0.29 and MariaDB 10.4; before that an in-place rebuild.
  addColumn: { lock: 'metadata', rewrite: true },
  // Instant from MySQL 8.0.29 and MariaDB 10.4; MySQL 8.0 before 8.0.29 rebuilds in place.
  dropColumn: { lock: 'metadata', rewrite: true },
  // RENAME COLUMN is instant on MySQL 8.0.28+ and MariaDB 10.5+ ...
  renameColumn: { clause: 'ALGORITHM=INSTANT', lock: 'metadata', rewrite: false },
  // ... but MySQL refuses INSTANT for a column a foreign key uses; the server then picks in-place itself.
  renameColumnInForeignKey: { lock: 'metadata', rewrite: false },
  setDefault: { clause: 'ALGORITHM=INSTANT', lock: 'metadata', rewrite: false },
  // Comments and ON UPDATE changes only touch metadata, but MySQL 8 and MariaDB disagree on INSTANT for them.
  modifyMetadata: { lock: 'metadata', rewrite: false },
  // VARCHAR grows in place while its length prefix stays 1 byte (<= 255 bytes) or stays 2 bytes.
  widenVarchar: { clause: 'ALGORITHM=INPLACE, LOCK=NONE', lock: 'metadata', rewrite: false },
  // New ENUM/SET members at the end are instant while the storage size stays the same.
  appendMembers: { clause: 'ALGORITHM=INSTANT', lock: 'metadata', rewrite: false },
  // Other type, charset, NULL/NOT NULL, AUTO_INCREMENT or generation changes copy the table.
  rebuildColumn: { lock: 'shared', rewrite: true },
  // MySQL 8 rebuilds to reorder columns (MariaDB 10.4+ does it instantly).
  moveColumn: { lock: 'metadata', rewrite: true },
  addIndex: { clause: 'ALGORITHM=INPLACE, LOCK=NONE', lock: 'metadata', rewrite: false },
  // FULLTEXT and SPATIAL builds allow no concurrent writes; the first FULLTEXT index also rebuilds the table.
  addFulltextOrSpatialIndex: { lock: 'shared', rewrite: false },
  dropIndex: { clause: 'ALGORITHM=INPLACE, LOCK=NONE', lock: 'metadata', rewrite: false },
  renameIndex: { clause: 'ALGORITHM=INPLACE, LOCK=NONE', lock: 'metadata', rewrite: false },
  // In-place only with foreign_key_checks = 0, which would skip checking existing rows: the plan keeps the
  // checks on, so the server copies the table.
  addForeignKey: { lock: 'shared', rewrite: true },
  dropForeignKey: { clause: 'ALGORITHM=INPLACE, LOCK=NONE', lock: 'metadata', rewrite: false },
  // Checking existing rows against a new CHECK constraint copies the table on both servers.
  addCheck: { lock: 'shared', rewrite: true },
  dropCheck: { lock: 'metadata', rewrite: false },
  changePrimaryKey: { lock: 'shared', rewrite: true },
  changeEngineOrRowFormat: { lock: 'shared', rewrite: true },
  // Only the default for future columns changes; existing columns keep their character set.
  changeDefaultCharset: { lock: 'metadata', rewrite: false },
  changeTableComment: { lock: 'metadata', rewrite: false },
  // Statistics and similar options are metadata; KEY_BLOCK_SIZE and page compression are not (see tables.ts).
  changeTableOptions: { lock: 'metadata', rewrite: false },
  renameTable: { lock: 'exclusive', rewrite: false },
  dropTable: { lock: 'exclusive', rewrite: false },
};

/** What the planner knows about the table a statement alters. */
export interface TableTraits {
  readonly name: string;
  /** Engine when the model says; clauses need InnoDB. */
  readonly engine?: string;
}

/** The `, ALGORITHM=...` suffix for an operation on this table, or '' when it may not be safe. */
export function onlineClause(op: OnlineOp, table: TableTraits): string {
  const { clause } = ONLINE_RULES[op];
  if (clause === undefined || table.engine?.toLowerCase() !== 'innodb') return '';
  return `, ${clause}`;
}

const LOCK_REASONS: { readonly [K in LockKind]: (table: string) => string } = {
  metadata: (t) =>
    `takes an exclusive metadata lock on ${t} at start and end; it waits for open transactions on the table and queues everything behind it`,
  shared: (t) => `blocks writes to ${t} (shared lock) for the whole statement; reads continue`,
  exclusive: (t) => `takes an exclusive metadata lock on ${t}: reads and writes wait`,
};

/** The lock and rebuild hazards of an operation; `why` completes the rebuild sentence. */
export function onlineHazards(op: OnlineOp, table: TableTraits, why: string): Hazard[] {
  const rule = ONLINE_RULES[op];
  const name = shown(table.name);
  const lockCode = rule.lock === 'shared' ? 'SHARE_LOCK' : 'ACCESS_EXCLUSIVE_LOCK';
  const hazards = [hazard(lockCode, LOCK_REASONS[rule.lock](name))];
  if (rule.rewrite) hazards.unshift(hazard('TABLE_REWRITE', `rebuilds table ${name} to ${why}`));
  return hazards;
}
