import type { ForeignKeyDef, IndexDef, TableDef } from '@schema-studio/schema';
import { columnList, tableName } from '../format.ts';
import { freshName } from '../index-names.ts';
import { supportingKeys } from '../keys.ts';
import type { Rule, RuleContext, RuleFinding } from '../types.ts';

function indexFor(context: RuleContext, table: TableDef, fk: ForeignKeyDef): IndexDef {
  return {
    name: freshName(table, fk.columns, 'idx', context.dialect),
    unique: false,
    method: context.dialect === 'mysql' ? 'BTREE' : 'btree',
    keys: fk.columns.map((column) => ({ column })),
  };
}

/** Partial indexes that lead with the columns: worth naming, since they look like support but miss rows. */
function partialNote(table: TableDef, fk: ForeignKeyDef): string {
  const partial = table.indexes.filter(
    (i) => i.where !== undefined && fk.columns.every((c, n) => i.keys[n]?.column === c),
  );
  if (partial.length === 0) return '';
  return ` (${partial.map((i) => i.name).join(', ')} ${partial.length === 1 ? 'is' : 'are'} partial and miss rows the check must see)`;
}

function finding(context: RuleContext, table: TableDef, fk: ForeignKeyDef): RuleFinding {
  const index = indexFor(context, table, fk);
  return {
    object: { kind: 'foreignKey', schema: table.schema, table: table.name, name: fk.name },
    message: `Foreign key ${fk.name} on ${tableName(table)} ${columnList(fk.columns)} has no index leading with its columns${partialNote(table, fk)}.`,
    why: `Every delete or key update in ${tableName({ schema: fk.refSchema, name: fk.refTable })} scans ${tableName(table)} to check the reference, and joins along it cannot use an index.`,
    fix: [{ kind: 'index.add', schema: table.schema, table: table.name, index }],
  };
}

export const fkWithoutIndex: Rule = {
  id: 'fk-without-index',
  defaultSeverity: 'warning',
  summary: 'No index leads with the columns of a foreign key.',
  check: (context) =>
    context.model.tables.flatMap((table) =>
      table.foreignKeys
        .filter((fk) => supportingKeys(table, fk, context.dialect).length === 0)
        .map((fk) => finding(context, table, fk)),
    ),
};
