import type { CollationDef, ExtensionDef, NamespaceDef, SequenceDef } from '@schema-studio/schema';
import { qualifiedKey } from '@schema-studio/schema';
import type { CollationRow } from './collations.sql.ts';
import type { ExtensionRow } from './extensions.sql.ts';
import { flag, opt } from './optional.ts';
import type { SchemaRow } from './schemas.sql.ts';
import type { SequenceRow } from './sequences.sql.ts';

export function toNamespace(row: SchemaRow): NamespaceDef {
  return { name: row.name, ...opt('comment', row.comment) };
}

export function toExtension(row: ExtensionRow): ExtensionDef {
  return { name: row.name, schema: row.schema };
}

const COLLATION_PROVIDERS: Record<string, string> = { c: 'libc', i: 'icu', b: 'builtin', d: 'default' };

export function toCollation(row: CollationRow): CollationDef {
  const libc = row.provider === 'c';
  // Before PG 15 an ICU collation kept its locale in collcollate; libc ones keep theirs there on every version.
  const locale = row.locale ?? (libc ? null : row.lc_collate);
  return {
    schema: row.schema,
    name: row.name,
    provider: COLLATION_PROVIDERS[row.provider] ?? row.provider,
    ...opt('locale', locale),
    ...(libc ? { ...opt('lcCollate', row.lc_collate), ...opt('lcCtype', row.lc_ctype) } : {}),
    deterministic: row.deterministic,
    ...opt('rules', row.rules),
    ...opt('comment', row.comment),
  };
}

/**
 * `ownedBy.table` is the owning table's qualified key (`schema.table`, see `qualifiedKey`), not a bare name:
 * OWNED BY may point at a table in another schema than the sequence's, and the model has no separate field
 * for that schema.
 */
export function toSequence(row: SequenceRow): SequenceDef {
  const owned =
    row.owned_schema !== null && row.owned_table !== null && row.owned_column !== null
      ? { ownedBy: { table: qualifiedKey(row.owned_schema, row.owned_table), column: row.owned_column } }
      : {};
  return {
    schema: row.schema,
    name: row.name,
    type: row.type,
    start: row.start,
    increment: row.increment,
    min: row.min,
    max: row.max,
    cache: row.cache,
    cycle: row.cycle,
    ...owned,
    ...flag('unlogged', row.unlogged),
    ...opt('comment', row.comment),
  };
}
