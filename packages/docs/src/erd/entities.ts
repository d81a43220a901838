import { compareStrings, qualifiedKey, type TableDef } from '@schema-studio/schema';
import { cardinality, crowsFoot, uniqueColumnSets } from '../cardinality.ts';
import type { DocContext } from '../context.ts';
import { objectName } from '../names.ts';
import { type Attribute, entityBlock, entityIds, relationshipLine } from './mermaid.ts';

/**
 * A wide table would dominate a diagram and could break the text limit alone; beyond this many columns the
 * entity shows its key columns and the first others, and says so. Table definitions list every column.
 */
export const MAX_ATTRIBUTES = 60;

/** A foreign key that can be drawn: its target table is in the documented set. */
export interface Edge {
  readonly child: TableDef;
  readonly parent: TableDef;
  readonly line: string;
}

/** The Mermaid pieces of every table: its full entity, its stub (name only) and its outgoing edges. */
export interface ErdPieces {
  readonly entity: ReadonlyMap<TableDef, string>;
  readonly stub: ReadonlyMap<TableDef, string>;
  readonly edges: ReadonlyMap<TableDef, readonly Edge[]>;
}

export function erdPieces(context: DocContext): ErdPieces {
  const ids = entityIds(context.tables);
  const idOf = (t: TableDef) => ids.get(t) ?? '';
  const entity = new Map<TableDef, string>();
  const stub = new Map<TableDef, string>();
  const edges = new Map<TableDef, Edge[]>();
  for (const table of context.tables) {
    const { attributes, shown } = entityAttributes(table);
    const name = objectName(table.schema, table.name);
    const note = shown < table.columns.length ? ` (${shown} of ${table.columns.length} columns)` : '';
    entity.set(table, entityBlock(idOf(table), `${name}${note}`, attributes));
    stub.set(table, entityBlock(idOf(table), name, []));
    edges.set(table, drawableEdges(context, table, idOf));
  }
  return { entity, stub, edges };
}

function drawableEdges(context: DocContext, child: TableDef, idOf: (t: TableDef) => string): Edge[] {
  const keys = [...child.foreignKeys].sort((a, b) => compareStrings(a.name, b.name));
  return keys.flatMap((key) => {
    const parent = context.tableByKey.get(qualifiedKey(key.refSchema, key.refTable));
    if (parent === undefined) return [];
    const symbol = crowsFoot(cardinality(child, key));
    return [
      { child, parent, line: relationshipLine(idOf(parent), symbol, idOf(child), key.columns.join(', ')) },
    ];
  });
}

function entityAttributes(table: TableDef): { attributes: Attribute[]; shown: number } {
  const primary = new Set(table.primaryKey?.columns ?? []);
  const foreign = new Set(table.foreignKeys.flatMap((k) => k.columns));
  const unique = new Set(uniqueColumnSets(table).flatMap((set) => (set.length === 1 ? set : [])));
  const all = table.columns.map((column) => ({
    type: column.type,
    name: column.name,
    keys: [
      ...(primary.has(column.name) ? (['PK'] as const) : []),
      ...(foreign.has(column.name) ? (['FK'] as const) : []),
      ...(unique.has(column.name) && !primary.has(column.name) ? (['UK'] as const) : []),
    ],
  }));
  if (all.length <= MAX_ATTRIBUTES) return { attributes: all, shown: all.length };
  // Key columns say how the table connects, so they always stay; the first other columns fill the rest.
  const isKey = (a: Attribute) => a.keys.length > 0;
  const room = Math.max(0, MAX_ATTRIBUTES - all.filter(isKey).length);
  const firstOthers = new Set(all.filter((a) => !isKey(a)).slice(0, room));
  const attributes = all.filter((a) => isKey(a) || firstOthers.has(a));
  return { attributes, shown: attributes.length };
}
