import type { IndexDef, SchemaEdit, TableDef } from '@schema-studio/schema';
import { type KeyIndex, keyIndexes, leadsWith } from './keys.ts';
import type { RuleContext } from './types.ts';

/** A drop the linter may offer, or why it will not: some drops the server refuses or that lose a guarantee. */
export type DropVerdict = { readonly fix: SchemaEdit[] } | { readonly blocked: string };

function outgoingBlock(context: RuleContext, table: TableDef, index: IndexDef): string | undefined {
  const others = keyIndexes(table).filter((k) => k.kind !== 'index' || k.name !== index.name);
  const self = keyIndexes(table).find((k) => k.kind === 'index' && k.name === index.name);
  for (const fk of table.foreignKeys) {
    if (self === undefined || !leadsWith(self, fk.columns, context.dialect)) continue;
    if (!others.some((k) => leadsWith(k, fk.columns, context.dialect))) {
      return `it is the only index foreign key ${fk.name} can use`;
    }
  }
  return undefined;
}

function sameColumns(key: KeyIndex, columns: readonly string[]): boolean {
  const names = key.keys.map((k) => k.column);
  return names.length === columns.length && columns.every((c) => names.includes(c));
}

/**
 * Foreign keys of other tables that point at this one. PostgreSQL binds each to one unique index and refuses
 * to drop it, and which of two equal indexes it chose is not in the model; InnoDB needs some index leading
 * with the referenced columns.
 */
function incomingBlock(context: RuleContext, table: TableDef, index: IndexDef): string | undefined {
  const self = keyIndexes(table).find((k) => k.kind === 'index' && k.name === index.name);
  if (self === undefined) return undefined;
  const others = keyIndexes(table).filter((k) => k !== self && k.name !== index.name);
  for (const from of context.model.tables) {
    for (const fk of from.foreignKeys) {
      if (fk.refSchema !== table.schema || fk.refTable !== table.name) continue;
      const bound =
        context.dialect === 'postgres'
          ? self.unique && sameColumns(self, fk.refColumns)
          : leadsWith(self, fk.refColumns, 'mysql') &&
            !others.some((k) => leadsWith(k, fk.refColumns, 'mysql'));
      if (bound) return `foreign key ${fk.name} of ${from.name} may depend on it`;
    }
  }
  return undefined;
}

const keyText = (index: IndexDef) => index.keys.map((k) => k.expression ?? k.column ?? '').join(',');

/**
 * A partition's copy of its parent's index is attached to it, and PostgreSQL refuses to drop an attached index
 * on its own. The model does not say which of two equal indexes is the attached one, so neither is offered.
 */
function partitionBlock(context: RuleContext, table: TableDef, index: IndexDef): string | undefined {
  const parent = table.partitionOf && context.table(table.partitionOf.schema, table.partitionOf.table);
  if (!parent?.indexes.some((i) => keyText(i) === keyText(index))) return undefined;
  return `on a partition it may be the copy of ${parent.name}'s index, which cannot be dropped on its own`;
}

/** Dropping `index` of `table`, unless it backs replica identity or a foreign key or a parent's index needs it. */
export function dropIndex(context: RuleContext, table: TableDef, index: IndexDef): DropVerdict {
  if (table.replicaIdentity === `index:${index.name}`) return { blocked: 'it is the replica identity' };
  const blocked =
    outgoingBlock(context, table, index) ??
    incomingBlock(context, table, index) ??
    partitionBlock(context, table, index);
  if (blocked !== undefined) return { blocked };
  return { fix: [{ kind: 'index.remove', schema: table.schema, table: table.name, name: index.name }] };
}

/** The finding's fix, or a sentence for its message saying why there is none. */
export function dropFixParts(verdict: DropVerdict): { fix?: SchemaEdit[]; note: string } {
  return 'fix' in verdict
    ? { fix: verdict.fix, note: '' }
    : { note: ` Not dropped automatically: ${verdict.blocked}.` };
}
