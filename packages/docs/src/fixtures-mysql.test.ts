/**
 * The documentation set of the real MySQL schemas in `../shared/fixtures/mysql`, each loaded into its own
 * MariaDB database as its `load.sh` does and introspected: every table and column documented under its bare
 * name, enum and set values in the dictionary, every diagram accepted by Mermaid's parser, output stable.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { introspectMysql } from '@schema-studio/mysql';
import { createTempDatabase, type TempDatabase } from '@schema-studio/mysql/testing';
import type { SchemaModel } from '@schema-studio/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The fixtures load through the mariadb client, as their load.sh do; the package does not export that helper.
import { filesLoadedBy, intoDatabase, runWithClient } from '../../mysql/src/testing/mariadb-client.ts';
import { inlineEnum } from './enum-columns.ts';
import { renderDocs } from './render.ts';
import { markdownProblems } from './testing/markdown.ts';
import { mermaidBlocks, parseErd } from './testing/mermaid.ts';

const FIXTURES = resolve(import.meta.dirname, '../../../../shared/fixtures/mysql');
const fixtures = existsSync(FIXTURES)
  ? readdirSync(FIXTURES).filter((name) => existsSync(resolve(FIXTURES, name, 'load.sh')))
  : [];
const SKIP_REASON = `skipped: ${FIXTURES} is absent (the shared fixtures live beside the project)`;

const hasShared = fixtures.length > 0;

describe.skipIf(!hasShared)(`documentation of the MySQL fixtures ${hasShared ? '' : SKIP_REASON}`, () => {
  const models = new Map<string, SchemaModel>();
  const databases: TempDatabase[] = [];
  beforeAll(async () => {
    for (const name of fixtures) {
      const db = await createTempDatabase(`docs_${name}`);
      databases.push(db);
      const dir = resolve(FIXTURES, name);
      for (const file of filesLoadedBy(readFileSync(resolve(dir, 'load.sh'), 'utf8'))) {
        await runWithClient(db.url, intoDatabase(readFileSync(resolve(dir, file), 'utf8'), db.name));
      }
      models.set(name, await introspectMysql(db.query, { database: db.name }));
    }
  });
  afterAll(async () => {
    for (const db of databases) await db.drop();
  });

  it.each(fixtures)('%s: every table and column under its bare name, in well-formed Markdown', (name) => {
    const model = models.get(name) as SchemaModel;
    const files = renderDocs(model);
    const definitions = files.find((f) => f.path === 'schema/table-definitions.md')?.content ?? '';
    const dictionary = files.find((f) => f.path === 'schema/data-dictionary.md')?.content ?? '';
    for (const f of files) {
      expect(f.content, f.path).not.toMatch(/`\.\w|\["\.|#table--|#view--|Schema ``/);
      expect(markdownProblems(f.content), f.path).toEqual([]);
    }
    for (const table of model.tables) {
      const start = definitions.indexOf(`<a id="table-${table.name}"></a>Table \`${table.name}\``);
      expect(start, `${name}: table ${table.name} has a heading`).toBeGreaterThan(0);
      const section = definitions.slice(start, definitions.indexOf('\n### ', start + 1));
      for (const column of table.columns) {
        expect(section, `${table.name}.${column.name}`).toContain(
          `\n| \`${column.name}\` | \`${column.type}\` |`,
        );
        expect(dictionary, `${table.name}.${column.name} in the dictionary`).toContain(
          `| \`${column.name}\` |`,
        );
        const values = inlineEnum(column.type)?.values ?? [];
        for (const value of values) expect(dictionary).toContain(`\`${value}\``);
      }
    }
    // A second export is byte-identical.
    expect(renderDocs(model)).toEqual(files);
  });

  it.each(fixtures)('%s: every diagram parses, with every table drawn under its bare name', async (name) => {
    const model = models.get(name) as SchemaModel;
    const files = renderDocs(model);
    const aliases = new Set<string>();
    for (const file of files.filter((f) => f.path.startsWith('schema/erd'))) {
      for (const source of mermaidBlocks(file.content)) {
        const parsed = await parseErd(source);
        for (const entity of parsed.entities.values()) aliases.add(entity.alias.replace(/ \(.*\)$/, ''));
      }
    }
    expect([...aliases].sort()).toEqual(model.tables.map((t) => t.name).sort());
  });
});
