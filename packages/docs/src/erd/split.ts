import { compareQualified, type TableDef } from '@schema-studio/schema';
import type { ErdPieces } from './entities.ts';

/**
 * How much one diagram may hold. Mermaid refuses to render past `maxTextSize` (50,000 characters) and
 * `maxEdges` (500) by default, and GitHub uses the defaults; these budgets stay well inside both. Past about
 * sixty boxes (tables, and the boxes of tables drawn elsewhere) an automatic layout is no longer readable,
 * whatever Mermaid accepts.
 */
export const DIAGRAM_BUDGET = { text: 30_000, edges: 300, entities: 60 } as const;

export type Budget = { readonly [K in keyof typeof DIAGRAM_BUDGET]: number };

/** The tables of one diagram; `schema` is undefined for the single diagram of a small set. */
export interface DiagramGroup {
  readonly schema?: string;
  readonly tables: readonly TableDef[];
}

/**
 * Splits the set into diagrams: all in one when it fits; otherwise one per schema; a schema too large for
 * one gets one per connected group of tables (foreign keys within the schema connect them), small groups
 * packed together, a group too large cut into chunks of neighbouring tables.
 */
export function planDiagrams(
  tables: readonly TableDef[],
  pieces: ErdPieces,
  budget: Budget = DIAGRAM_BUDGET,
): DiagramGroup[] {
  const sorted = [...tables].sort(compareQualified);
  if (sorted.length === 0) return [];
  const measure = new Measure(pieces, budget);
  if (measure.fits(sorted)) return [{ tables: sorted }];
  const schemas = [...new Set(sorted.map((t) => t.schema))];
  return schemas.flatMap((schema) => {
    const own = sorted.filter((t) => t.schema === schema);
    if (measure.fits(own)) return [{ schema, tables: own }];
    return splitSchema(own, pieces, measure).map((group) => ({ schema, tables: group }));
  });
}

/** Measures a diagram exactly as `renderErd` will write it: entities, stubs, edges and line breaks. */
class Measure {
  constructor(
    private readonly pieces: ErdPieces,
    private readonly budget: Budget,
  ) {}

  fits(tables: readonly TableDef[], extra: readonly TableDef[] = []): boolean {
    const members = new Set([...tables, ...extra]);
    const edges = [...members].flatMap((t) => this.pieces.edges.get(t) ?? []);
    const stubs = new Set(edges.map((e) => e.parent).filter((p) => !members.has(p)));
    const length = (text: string | undefined) => (text?.length ?? 0) + 1;
    const text =
      'erDiagram'.length +
      [...members].reduce((sum, t) => sum + length(this.pieces.entity.get(t)), 0) +
      [...stubs].reduce((sum, t) => sum + length(this.pieces.stub.get(t)), 0) +
      edges.reduce((sum, e) => sum + length(e.line), 0);
    return (
      members.size + stubs.size <= this.budget.entities &&
      edges.length <= this.budget.edges &&
      text <= this.budget.text
    );
  }
}

function splitSchema(tables: readonly TableDef[], pieces: ErdPieces, measure: Measure): TableDef[][] {
  const components = connectedComponents(tables, pieces).sort(
    (a, b) => b.length - a.length || compareQualified(first(a), first(b)),
  );
  const groups: TableDef[][] = [];
  const packable: TableDef[][] = [];
  for (const component of components) {
    if (!measure.fits(component)) {
      groups.push(...chunk(component, pieces, measure));
      continue;
    }
    const bin = packable.find((b) => measure.fits(b, component));
    if (bin) bin.push(...component);
    else {
      const fresh = [...component];
      packable.push(fresh);
      groups.push(fresh);
    }
  }
  return groups.map((g) => g.sort(compareQualified));
}

/** Tables linked by foreign keys within the given set, each component in sorted order. */
function connectedComponents(tables: readonly TableDef[], pieces: ErdPieces): TableDef[][] {
  const inSet = new Set(tables);
  const parentOf = new Map<TableDef, TableDef>(tables.map((t) => [t, t]));
  const root = (t: TableDef): TableDef => {
    let r = t;
    while (parentOf.get(r) !== r) r = parentOf.get(r) ?? r;
    parentOf.set(t, r);
    return r;
  };
  for (const table of tables) {
    for (const edge of pieces.edges.get(table) ?? []) {
      if (inSet.has(edge.parent)) parentOf.set(root(edge.child), root(edge.parent));
    }
  }
  const byRoot = new Map<TableDef, TableDef[]>();
  for (const table of tables) {
    const members = byRoot.get(root(table)) ?? [];
    members.push(table);
    byRoot.set(root(table), members);
  }
  return [...byRoot.values()];
}

/**
 * Cuts a component too large for one diagram into chunks of neighbours: a breadth-first walk from the most
 * connected table, cut whenever the next table would not fit. Edges between chunks are drawn to stubs.
 */
function chunk(component: readonly TableDef[], pieces: ErdPieces, measure: Measure): TableDef[][] {
  const neighbours = neighbourLists(component, pieces);
  const degree = (t: TableDef) => neighbours.get(t)?.length ?? 0;
  const start = [...component].sort((a, b) => degree(b) - degree(a) || compareQualified(a, b));
  const seen = new Set<TableDef>();
  const order: TableDef[] = [];
  for (const origin of start) {
    if (seen.has(origin)) continue;
    seen.add(origin);
    const queue = [origin];
    for (let i = 0; i < queue.length; i++) {
      const table = queue[i] as TableDef;
      order.push(table);
      for (const next of neighbours.get(table) ?? []) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
  }
  const chunks: TableDef[][] = [[]];
  for (const table of order) {
    const current = chunks[chunks.length - 1] as TableDef[];
    if (current.length === 0 || measure.fits(current, [table])) current.push(table);
    else chunks.push([table]);
  }
  return chunks;
}

function neighbourLists(component: readonly TableDef[], pieces: ErdPieces): Map<TableDef, TableDef[]> {
  const inSet = new Set(component);
  const lists = new Map<TableDef, Set<TableDef>>(component.map((t) => [t, new Set()]));
  for (const table of component) {
    for (const { parent } of pieces.edges.get(table) ?? []) {
      if (!inSet.has(parent) || parent === table) continue;
      lists.get(table)?.add(parent);
      lists.get(parent)?.add(table);
    }
  }
  return new Map([...lists].map(([t, set]) => [t, [...set].sort(compareQualified)] as const));
}

function first(tables: readonly TableDef[]): TableDef {
  return tables[0] as TableDef;
}
