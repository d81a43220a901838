/**
 * Test support: reads generated diagrams back with Mermaid's own parser (the pinned `mermaid` devDependency),
 * the code GitHub runs to render them. Parsing needs no DOM. Not exported from the package.
 */
import mermaid from 'mermaid';

export interface ParsedRelationship {
  /** Entity ids as written in the source. */
  readonly parent: string;
  readonly child: string;
  /** Mermaid's names for the markers: at the first entity (`cardB`) and at the second (`cardA`). */
  readonly parentMarker: string;
  readonly childMarker: string;
  readonly identifying: boolean;
  readonly label: string;
}

export interface ParsedErd {
  /** Entity id -> shown name (alias) and number of attributes. */
  readonly entities: ReadonlyMap<string, { readonly alias: string; readonly attributes: number }>;
  readonly relationships: readonly ParsedRelationship[];
}

/** What Mermaid's ER database exposes after a parse (its types are not exported). */
interface ErDb {
  getEntities(): Map<string, { id: string; alias: string; attributes: unknown[] }>;
  getRelationships(): {
    entityA: string;
    entityB: string;
    roleA: string;
    relSpec: { cardA: string; cardB: string; relType: string };
  }[];
}

/** Parses an `erDiagram`; rejects with Mermaid's parse error when the text is not valid. */
export async function parseErd(source: string): Promise<ParsedErd> {
  // `parse` registers the diagram types and validates; the diagram object then exposes what was read.
  await mermaid.parse(source);
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(source);
  if (diagram.type !== 'er') throw new Error(`expected an erDiagram, Mermaid read a ${diagram.type}`);
  const db = diagram.db as unknown as ErDb;
  const byInternalId = new Map([...db.getEntities()].map(([name, e]) => [e.id, name]));
  const name = (internal: string) => byInternalId.get(internal) ?? internal;
  return {
    entities: new Map(
      [...db.getEntities()].map(([id, e]) => [id, { alias: e.alias, attributes: e.attributes.length }]),
    ),
    relationships: db.getRelationships().map((r) => ({
      parent: name(r.entityA),
      child: name(r.entityB),
      parentMarker: r.relSpec.cardB,
      childMarker: r.relSpec.cardA,
      identifying: r.relSpec.relType === 'IDENTIFYING',
      label: r.roleA,
    })),
  };
}

/** The contents of every ```mermaid fenced block of a Markdown document. */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^(`{3,})mermaid\n([\s\S]*?)\n\1$/gm)].map((m) => m[2] ?? '');
}
