import type { ColumnDef, CompositeAttributeDef, IdentityDef, ViewColumnDef } from '@schema-studio/schema';
import type { ColumnRow, IdentitySequenceRow } from './columns.sql.ts';
import { opt } from './optional.ts';

function toIdentity(generation: string, seq: IdentitySequenceRow): IdentityDef {
  return {
    generation: generation === 'a' ? 'always' : 'by default',
    start: seq.start,
    increment: seq.increment,
    min: seq.min,
    max: seq.max,
    cache: seq.cache,
    cycle: seq.cycle,
  };
}

/**
 * A table column. The query already leaves the default out for identity and generated columns. A PG 18
 * virtual generated column (`attgenerated = 'v'`) is stored like a stored one: the model has no field to tell
 * them apart yet.
 */
export function toColumn(row: ColumnRow): ColumnDef {
  const identity =
    row.identity !== '' && row.identity_sequence
      ? { identity: toIdentity(row.identity, row.identity_sequence) }
      : {};
  return {
    name: row.name,
    type: row.type,
    nullable: row.nullable,
    ...opt('default', row.default_expr),
    ...identity,
    ...opt('generated', row.generated),
    ...opt('collation', row.collation),
    ...opt('comment', row.comment),
  };
}

export function toViewColumn(row: ColumnRow): ViewColumnDef {
  return { name: row.name, type: row.type, ...opt('comment', row.comment) };
}

export function toCompositeAttribute(row: ColumnRow): CompositeAttributeDef {
  return { name: row.name, type: row.type, ...opt('collation', row.collation) };
}
