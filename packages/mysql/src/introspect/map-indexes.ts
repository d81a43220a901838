import type { IndexDef, IndexKeyDef, PrimaryKeyDef, UniqueDef } from '@schema-studio/schema';
import type { IndexPartRow } from './indexes.sql.ts';

/** The keys of one table, as the model splits them. */
export interface TableKeys {
  readonly primaryKey?: PrimaryKeyDef;
  readonly uniques: readonly UniqueDef[];
  readonly indexes: readonly IndexDef[];
}

/** Groups STATISTICS rows (sorted by table, index, position) into one list of key parts per index. */
export function groupIndexParts(rows: readonly IndexPartRow[]): Map<string, IndexPartRow[][]> {
  const byTable = new Map<string, Map<string, IndexPartRow[]>>();
  for (const row of rows) {
    const indexes = byTable.get(row.table) ?? new Map<string, IndexPartRow[]>();
    byTable.set(row.table, indexes);
    const parts = indexes.get(row.index) ?? [];
    indexes.set(row.index, parts);
    parts.push(row);
  }
  return new Map(
    [...byTable].map(([table, indexes]) => [
      table,
      [...indexes.values()].map((parts) => [...parts].sort((a, b) => a.seq - b.seq)),
    ]),
  );
}

/**
 * MySQL has no unique constraint apart from a unique index. A unique index that is only a list of whole
 * columns, ascending, as a BTREE, is what `UNIQUE (a, b)` creates, so it is a unique constraint in the model
 * (`uniques`), as in PostgreSQL; any other unique index (prefix lengths, DESC, expressions, HASH, ...) stays
 * in `indexes` with `unique: true`, where those details have a place.
 */
export function toTableKeys(indexes: readonly (readonly IndexPartRow[])[]): TableKeys {
  let primaryKey: PrimaryKeyDef | undefined;
  const uniques: UniqueDef[] = [];
  const others: IndexDef[] = [];
  for (const parts of indexes) {
    const first = parts[0];
    if (!first) continue;
    if (first.index === 'PRIMARY') primaryKey = { name: 'PRIMARY', columns: parts.map(columnOf) };
    else if (isUniqueConstraint(parts)) uniques.push(toUnique(parts));
    else others.push(toIndex(parts));
  }
  return { ...(primaryKey ? { primaryKey } : {}), uniques, indexes: others };
}

function columnOf(part: IndexPartRow): string {
  return part.column ?? part.expression ?? '';
}

function isUniqueConstraint(parts: readonly IndexPartRow[]): boolean {
  return parts.every(
    (p) => p.unique && p.method === 'BTREE' && p.column !== null && p.subPart === null && p.order !== 'D',
  );
}

function toUnique(parts: readonly IndexPartRow[]): UniqueDef {
  const comment = parts[0]?.comment;
  return { name: parts[0]?.index ?? '', columns: parts.map(columnOf), ...(comment ? { comment } : {}) };
}

export function toIndex(parts: readonly IndexPartRow[]): IndexDef {
  const first = parts[0];
  return {
    name: first?.index ?? '',
    unique: first?.unique ?? false,
    method: first?.method ?? 'BTREE',
    keys: parts.map(toIndexKey),
    ...(first?.comment ? { comment: first.comment } : {}),
  };
}

export function toIndexKey(part: IndexPartRow): IndexKeyDef {
  // MariaDB reports a SUB_PART of 32 on SPATIAL keys, which cannot take a prefix length.
  const length = part.method === 'SPATIAL' ? null : part.subPart;
  return {
    column: columnOf(part),
    ...(part.column === null ? { expression: true } : {}),
    ...(part.order === 'D' ? { descending: true } : {}),
    ...(length !== null ? { length } : {}),
  };
}
