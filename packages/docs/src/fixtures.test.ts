/**
 * The documentation set of real schemas (from `../shared/fixtures`) and of a large synthetic one (from
 * `../shared/tools/gen-schema.mjs`), read back: every table and column documented, output stable, and every
 * diagram accepted by Mermaid's own parser within the limits GitHub renders.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sqlToModel } from '@schema-studio/postgres/node';
import { qualifiedKey, type SchemaModel } from '@schema-studio/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIAGRAM_BUDGET } from './erd/split.ts';
import type { DocFile } from './options.ts';
import { renderDocs } from './render.ts';
import { markdownProblems } from './testing/markdown.ts';
import { mermaidBlocks, type ParsedErd, parseErd } from './testing/mermaid.ts';

const REPO_ROOT = resolve(import.meta.dirname, '../../..');
const SHARED = resolve(REPO_ROOT, '../shared');
const FIXTURES = resolve(SHARED, 'fixtures/postgres');
const GENERATOR = resolve(SHARED, 'tools/gen-schema.mjs');
const hasShared = existsSync(FIXTURES) && existsSync(GENERATOR);
const SKIP_REASON = `skipped: ${SHARED} is absent (the shared fixtures live beside the project)`;

/** What Mermaid renders by default (and so on GitHub): `maxTextSize` and `maxEdges`. */
const MERMAID_LIMITS = { text: 50_000, edges: 500 };

async function load(sql: string): Promise<SchemaModel> {
  const result = await sqlToModel(sql);
  if (!result.ok) throw new Error(`the fixture does not load: ${result.error.message}`);
  return result.value;
}

/** Each fixture is loaded once (PGlite takes seconds), whichever test asks first. */
const loaded = new Map<string, Promise<SchemaModel>>();
function loadFixture(name: string): Promise<SchemaModel> {
  const model = loaded.get(name) ?? load(readFileSync(resolve(FIXTURES, name, 'schema.sql'), 'utf8'));
  loaded.set(name, model);
  return model;
}

function content(files: readonly DocFile[], path: string): string {
  return files.find((f) => f.path === path)?.content ?? '';
}

/** Anchor id of each table heading in table-definitions.md, by `schema.name`. */
function tableAnchors(definitions: string): Map<string, string> {
  return new Map(
    [...definitions.matchAll(/^### <a id="([^"]+)"><\/a>Table `([^`]+)`$/gm)].map((m) => [
      m[2] ?? '',
      m[1] ?? '',
    ]),
  );
}

function expectEveryColumnDocumented(model: SchemaModel, files: readonly DocFile[]): void {
  const definitions = content(files, 'schema/table-definitions.md');
  const anchors = tableAnchors(definitions);
  // The dictionary as (column, table anchor) pairs, read from its rows.
  const dictionary = new Set(
    content(files, 'schema/data-dictionary.md')
      .split('\n')
      .flatMap((row) => {
        const name = /^\| `([^`]+)` \|/.exec(row)?.[1];
        if (name === undefined) return [];
        return [...row.matchAll(/\(table-definitions\.md#([^)]+)\)/g)].map((m) => `${name} ${m[1]}`);
      }),
  );
  for (const table of model.tables) {
    const key = qualifiedKey(table.schema, table.name);
    const id = anchors.get(key);
    expect(id, `table ${key} has a heading`).toBeDefined();
    const start = definitions.indexOf(`<a id="${id}"></a>`);
    const section = definitions.slice(start, definitions.indexOf('\n### ', start + 1));
    for (const column of table.columns) {
      expect(section, `${key}.${column.name} in table definitions`).toContain(`\n| \`${column.name}\` | `);
      expect(dictionary.has(`${column.name} ${id}`), `${key}.${column.name} in the dictionary`).toBe(true);
    }
  }
}

interface Diagram {
  readonly path: string;
  readonly source: string;
  readonly parsed: ParsedErd;
}

async function diagramsOf(files: readonly DocFile[]): Promise<Diagram[]> {
  const erdFiles = files.filter(
    (f) => f.path === 'schema/erd-diagram.md' || f.path.startsWith('schema/erd/'),
  );
  const diagrams: Diagram[] = [];
  for (const file of erdFiles) {
    for (const source of mermaidBlocks(file.content)) {
      diagrams.push({ path: file.path, source, parsed: await parseErd(source) });
    }
  }
  return diagrams;
}

/** Every diagram within Mermaid's limits; every table drawn with its columns exactly once; every edge drawn. */
function expectCompleteDiagrams(model: SchemaModel, diagrams: readonly Diagram[]): void {
  for (const d of diagrams) {
    expect(d.source.length, `${d.path} text`).toBeLessThanOrEqual(DIAGRAM_BUDGET.text);
    expect(d.source.length).toBeLessThan(MERMAID_LIMITS.text);
    expect(d.parsed.relationships.length, `${d.path} edges`).toBeLessThanOrEqual(DIAGRAM_BUDGET.edges);
    expect(d.parsed.relationships.length).toBeLessThan(MERMAID_LIMITS.edges);
    expect(d.parsed.entities.size, `${d.path} entities`).toBeLessThanOrEqual(DIAGRAM_BUDGET.entities);
  }
  const drawn = diagrams.flatMap((d) =>
    [...d.parsed.entities.values()]
      .filter((e) => e.attributes > 0)
      .map((e) => e.alias.replace(/ \(.*\)$/, '')),
  );
  expect(drawn.sort()).toEqual(model.tables.map((t) => qualifiedKey(t.schema, t.name)).sort());
  const keys = model.tables.reduce((sum, t) => sum + t.foreignKeys.length, 0);
  expect(diagrams.reduce((sum, d) => sum + d.parsed.relationships.length, 0)).toBe(keys);
}

describe.skipIf(!hasShared)(`documentation of real and large schemas ${hasShared ? '' : SKIP_REASON}`, () => {
  describe.each(['pagila', 'lago'])('%s', (name) => {
    let model: SchemaModel;
    let files: DocFile[];

    beforeAll(async () => {
      model = await loadFixture(name);
      files = renderDocs(model);
    });

    it('documents every table and column in the table definitions and the dictionary', () => {
      expectEveryColumnDocumented(model, files);
      const definitions = content(files, 'schema/table-definitions.md');
      for (const view of model.views) {
        expect(definitions).toContain(`\`${qualifiedKey(view.schema, view.name)}\``);
      }
    });

    it('writes well-formed Markdown tables and fences', () => {
      for (const file of files) expect(markdownProblems(file.content), file.path).toEqual([]);
    });

    it('renders the same bytes twice', () => {
      expect(renderDocs(structuredClone(model))).toEqual(files);
    });

    it("draws every table and relationship in diagrams Mermaid's parser accepts", async () => {
      expectCompleteDiagrams(model, await diagramsOf(files));
    });
  });

  it('pagila: one diagram, with cardinalities read from the schema', async () => {
    const model = await loadFixture('pagila');
    const diagrams = await diagramsOf(renderDocs(model));
    expect(diagrams.map((d) => d.path)).toEqual(['schema/erd-diagram.md']);
    const edge = (child: string, label: string) =>
      diagrams[0]?.parsed.relationships.find((r) => r.child === child && r.label === label);
    // film.original_language_id is nullable: a film has zero or one original language.
    expect(edge('public_film', 'original_language_id')).toMatchObject({
      parent: 'public_language',
      parentMarker: 'ZERO_OR_ONE',
      childMarker: 'ZERO_OR_MORE',
      identifying: false,
    });
    // film_actor.actor_id is NOT NULL and part of the primary key.
    expect(edge('public_film_actor', 'actor_id')).toMatchObject({
      parent: 'public_actor',
      parentMarker: 'ONLY_ONE',
      childMarker: 'ZERO_OR_MORE',
      identifying: true,
    });
    // The check is honest: the same diagram with a multi-word type as PostgreSQL spells it does not parse.
    const broken = (diagrams[0]?.source ?? '').replace(' timestamptz ', ' timestamp with time zone ');
    expect(broken).not.toBe(diagrams[0]?.source);
    await expect(parseErd(broken)).rejects.toThrow(/Parse error/);
  });

  describe('a synthetic schema of 1000 tables', () => {
    let model: SchemaModel;
    let files: DocFile[];

    beforeAll(async () => {
      const sql = execFileSync(process.execPath, [GENERATOR, '--tables', '1000'], { encoding: 'utf8' });
      model = await load(sql);
      files = renderDocs(model);
    });

    it('splits the ERD into an overview and several diagrams, each parsing within the limits', async () => {
      const diagrams = await diagramsOf(files);
      expect(diagrams.length).toBeGreaterThan(1);
      expect(diagrams.every((d) => d.path.startsWith('schema/erd/'))).toBe(true);
      const overview = content(files, 'schema/erd-diagram.md');
      expect(mermaidBlocks(overview)).toEqual([]);
      for (const d of diagrams) expect(overview).toContain(`](${d.path.replace('schema/', '')})`);
      expectCompleteDiagrams(model, diagrams);
    });

    it('documents every table and column in well-formed Markdown', () => {
      expect(model.tables).toHaveLength(1000);
      expectEveryColumnDocumented(model, files);
      for (const file of files) expect(markdownProblems(file.content), file.path).toEqual([]);
    });
  });
});
