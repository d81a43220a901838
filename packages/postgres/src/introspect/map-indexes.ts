import type { IndexDef, IndexKeyDef } from '@schema-studio/schema';
import type { IndexKeyRow, IndexRow } from './indexes.sql.ts';
import { flag, opt } from './optional.ts';

/**
 * NULLS FIRST is the default for DESC and NULLS LAST for ASC, so `nullsFirst` is stored only against the
 * direction's default: `true` for ASC NULLS FIRST, `false` for DESC NULLS LAST.
 */
export function toIndexKey(row: IndexKeyRow): IndexKeyDef {
  return {
    column: row.column,
    ...flag('expression', row.expression),
    ...flag('descending', row.descending),
    ...(row.nulls_first !== row.descending ? { nullsFirst: row.nulls_first } : {}),
    ...opt('opclass', row.opclass),
    ...opt('collation', row.collation),
  };
}

export function toIndex(row: IndexRow): IndexDef {
  return {
    name: row.name,
    unique: row.unique,
    method: row.method,
    keys: row.keys.map(toIndexKey),
    ...(row.include.length > 0 ? { include: row.include } : {}),
    ...opt('where', row.predicate),
    ...flag('nullsNotDistinct', row.nulls_not_distinct),
    ...(row.options && row.options.length > 0 ? { options: [...row.options].sort() } : {}),
    ...opt('comment', row.comment),
  };
}
