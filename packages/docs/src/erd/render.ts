import { compareQualified, type TableDef } from '@schema-studio/schema';
import type { DocContext } from '../context.ts';
import { relationLink } from '../links.ts';
import { code, codeBlock, document, link, table } from '../markdown.ts';
import { objectName } from '../names.ts';
import { type DocFile, GENERATED, PATHS } from '../options.ts';
import { href } from '../paths.ts';
import { type ErdPieces, erdPieces } from './entities.ts';
import { diagram } from './mermaid.ts';
import { type DiagramGroup, planDiagrams } from './split.ts';

const LEGEND = [
  "Crow's-foot notation, read from the schema. Each line runs from the referenced table to the referencing",
  'one and is labelled with the foreign key columns. At the referenced end: exactly one when those columns are',
  'NOT NULL, else zero or one. At the referencing end: zero or many, or zero or one when those columns are',
  'unique. Solid lines are identifying (the key is part of the primary key), dashed lines are not.',
].join('\n');

/** A diagram ready to write: its file, title, and what it draws. */
interface PlacedDiagram {
  readonly path: string;
  readonly title: string;
  readonly group: DiagramGroup;
  readonly source: string;
  readonly stubs: readonly TableDef[];
  readonly edgeCount: number;
}

/** `schema/erd-diagram.md`, plus one file per diagram under `schema/erd/` when the set needs several. */
export function renderErd(context: DocContext): DocFile[] {
  const pieces = erdPieces(context);
  const groups = planDiagrams(context.tables, pieces);
  if (groups.length <= 1) return [singleDiagramFile(context, pieces, groups[0])];
  const placed = placeDiagrams(groups, pieces);
  const where = new Map(placed.flatMap((d) => d.group.tables.map((t) => [t, d.path] as const)));
  return [overviewFile(context, placed), ...placed.map((d) => diagramFile(context, d, where))];
}

function singleDiagramFile(context: DocContext, pieces: ErdPieces, group: DiagramGroup | undefined): DocFile {
  const body =
    group === undefined
      ? ['The documented set has no tables.']
      : [LEGEND, codeBlock(diagramSource(group, pieces).source, 'mermaid')];
  return {
    path: PATHS.erd,
    content: document(['# Entity-relationship diagram', GENERATED, ...body, tableLinks(context, PATHS.erd)]),
  };
}

function placeDiagrams(groups: readonly DiagramGroup[], pieces: ErdPieces): PlacedDiagram[] {
  const names = new FileNames();
  return groups.map((group) => {
    const siblings = groups.filter((g) => g.schema === group.schema);
    const part = siblings.indexOf(group) + 1;
    const schema = group.schema ?? '';
    const suffix =
      siblings.length > 1 ? `-${String(part).padStart(String(siblings.length).length, '0')}` : '';
    const title = siblings.length > 1 ? `${code(schema)}, part ${part} of ${siblings.length}` : code(schema);
    return { path: names.claim(schema, suffix), title, group, ...diagramSource(group, pieces) };
  });
}

function diagramSource(group: DiagramGroup, pieces: ErdPieces) {
  const members = new Set(group.tables);
  const edges = group.tables.flatMap((t) => pieces.edges.get(t) ?? []);
  const stubs = [...new Set(edges.map((e) => e.parent).filter((p) => !members.has(p)))].sort(
    compareQualified,
  );
  const lines = [
    ...group.tables.map((t) => pieces.entity.get(t) ?? ''),
    ...stubs.map((t) => pieces.stub.get(t) ?? ''),
    ...edges.map((e) => e.line),
  ];
  return { source: diagram(lines), stubs, edgeCount: edges.length };
}

function overviewFile(context: DocContext, placed: readonly PlacedDiagram[]): DocFile {
  const from = PATHS.erd;
  const edgeTotal = placed.reduce((sum, d) => sum + d.edgeCount, 0);
  const intro = [
    `The set is too large for one diagram (${context.tables.length} tables, ${edgeTotal} relationships), so it is`,
    `drawn as ${placed.length} diagrams: one per schema and, for a large schema, one per group of related tables.`,
    'A table drawn in another diagram appears as a box without columns.',
  ].join('\n');
  const schemas = [...new Set(placed.map((d) => d.group.schema ?? ''))];
  const sections = schemas.map((schema) => {
    const rows = placed
      .filter((d) => (d.group.schema ?? '') === schema)
      .map((d) => [link(d.title, href(from, d.path)), String(d.group.tables.length), String(d.edgeCount)]);
    return `## Schema ${code(schema)}\n\n${table(['Diagram', 'Tables', 'Relationships'], rows)}`;
  });
  const index = placed.flatMap((d) =>
    d.group.tables.map((t) => [tableLink(context, t, from), link(d.title, href(from, d.path))]),
  );
  const tableIndex = `## Where each table is drawn\n\n${table(['Table', 'Diagram'], index)}`;
  return {
    path: from,
    content: document(['# Entity-relationship diagrams', GENERATED, intro, LEGEND, ...sections, tableIndex]),
  };
}

function diagramFile(context: DocContext, d: PlacedDiagram, where: ReadonlyMap<TableDef, string>): DocFile {
  const back = `${link('All diagrams', href(d.path, PATHS.erd))} · ${link('Table definitions', href(d.path, PATHS.tables))}`;
  const drawn = `**Tables:** ${d.group.tables.map((t) => tableLink(context, t, d.path)).join(', ')}`;
  const elsewhere =
    d.stubs.length === 0
      ? undefined
      : `**Drawn in other diagrams** (boxes without columns here): ${d.stubs
          .map((t) => link(code(objectName(t.schema, t.name)), href(d.path, where.get(t) ?? PATHS.erd)))
          .join(', ')}`;
  return {
    path: d.path,
    content: document([
      `# Entity-relationship diagram: ${d.title}`,
      back,
      codeBlock(d.source, 'mermaid'),
      drawn,
      elsewhere,
    ]),
  };
}

function tableLinks(context: DocContext, from: string): string | undefined {
  if (context.tables.length === 0) return undefined;
  return `**Tables:** ${context.tables.map((t) => tableLink(context, t, from)).join(', ')}`;
}

function tableLink(context: DocContext, t: TableDef, from: string): string {
  return relationLink(context, t.schema, t.name, from);
}

/** File names under `schema/erd/`, from the schema name; two schemas that read the same get `-2`, ... */
class FileNames {
  private readonly owners = new Map<string, string>();

  claim(schema: string, suffix: string): string {
    const base = schema.replace(/[^A-Za-z0-9_-]/g, '-') || 'schema';
    let stem = base;
    for (let n = 2; (this.owners.get(stem) ?? schema) !== schema; n++) stem = `${base}-${n}`;
    this.owners.set(stem, schema);
    return `${PATHS.erdFolder}/${stem}${suffix}.md`;
  }
}
