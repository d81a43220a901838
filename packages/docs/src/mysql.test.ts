/** The documentation set of MySQL models: one database, no schemas, every object in schema ''. */

import { diffModels } from '@schema-studio/diff';
import { emptyModel, type SchemaModel, type TableDef } from '@schema-studio/schema';
import { describe, expect, it } from 'vitest';
import { inlineEnum } from './enum-columns.ts';
import { filterModel } from './filter.ts';
import { appendMigrationEntry } from './migrations/log.ts';
import { renderDocs } from './render.ts';
import { markdownProblems } from './testing/markdown.ts';
import { mermaidBlocks, parseErd } from './testing/mermaid.ts';
import { col, fk, notNull, table } from './testing/models.ts';

function mysqlTable(name: string, columns: TableDef['columns'], extra: Partial<TableDef> = {}): TableDef {
  return table(name, columns, { schema: '', primaryKey: { name: 'PRIMARY', columns: ['id'] }, ...extra });
}

/** A film shop the MySQL way: unsigned keys, an inline enum and set, a view. */
function shop(): SchemaModel {
  const film = mysqlTable(
    'film',
    [
      notNull('id', 'smallint(5) unsigned', { mysql: { autoIncrement: true } }),
      notNull('title', 'varchar(255)'),
      notNull('changed', 'timestamp', {
        default: 'current_timestamp()',
        mysql: { onUpdate: 'current_timestamp()' },
      }),
      col('rating', "enum('G','PG','PG-13','it''s')", { default: "'G'" }),
      col('features', "set('Trailers','Deleted Scenes')"),
    ],
    { mysql: { engine: 'InnoDB', charset: 'utf8mb4', collation: 'utf8mb4_general_ci' } },
  );
  const rental = mysqlTable(
    'rental',
    [notNull('id', 'int(11)'), notNull('film_id', 'smallint(5) unsigned'), col('note', 'text')],
    { foreignKeys: [{ ...fk('rental', ['film_id'], 'film', ''), name: 'fk_rental_film' }] },
  );
  const view = {
    schema: '',
    name: 'film_list',
    materialized: false,
    definition: 'select `film`.`title` AS `title`,`film`.`rating` AS `rating` from `film`',
    columns: [
      { name: 'title', type: 'varchar(255)' },
      { name: 'rating', type: "enum('G','PG','PG-13','it''s')" },
    ],
    dependsOn: ['.film'],
    indexes: [],
    triggers: [],
  };
  return { ...emptyModel('mysql'), tables: [film, rental], views: [view] };
}

const file = (files: ReturnType<typeof renderDocs>, path: string) =>
  files.find((f) => f.path === path)?.content ?? '';

describe('MySQL documentation set', () => {
  const files = renderDocs(shop(), { descriptions: { 'rental.note': 'Free text from the clerk' } });

  it('names objects without an empty schema in front, in text and anchors', () => {
    for (const f of files) {
      expect(f.content, f.path).not.toMatch(/`\.\w|\["\.|#table--|#view--|Schema ``/);
      expect(markdownProblems(f.content), f.path).toEqual([]);
    }
    const tables = file(files, 'schema/table-definitions.md');
    expect(tables).toContain('- Tables: [`film`](#table-film), [`rental`](#table-rental)');
    expect(tables).toContain('### <a id="table-rental"></a>Table `rental`');
    expect(tables).toContain('### <a id="view-film_list"></a>View `film_list`');
    expect(tables).toContain('| `fk_rental_film` | `film_id` | [`film`](#table-film) (`id`) |');
    expect(tables).toContain('**Depends on** [`film`](#table-film)');
    // Descriptions of MySQL objects are keyed `table.column`.
    expect(tables).toContain('| `note` | `text` | yes |  | Free text from the clerk |');
  });

  it('shows MySQL types as the server renders them', () => {
    const tables = file(files, 'schema/table-definitions.md');
    expect(tables).toContain('| `id` | `smallint(5) unsigned` | no | auto increment |');
    expect(tables).toContain(
      '| `changed` | `timestamp` | no | `current_timestamp()`; on update `current_timestamp()` |',
    );
    expect(tables).toContain('- Engine `InnoDB`, default charset `utf8mb4`, collation `utf8mb4_general_ci`.');
    expect(tables).toContain("| `rating` | `enum('G','PG','PG-13','it''s')` | yes | `'G'` |");
  });

  it('lists enum and set values in the data dictionary and counts them in the index', () => {
    const dictionary = file(files, 'schema/data-dictionary.md');
    expect(dictionary).toContain('## Enum and set values');
    expect(dictionary).toContain(
      "| enum | `G`, `PG`, `PG-13`, `it's` | [`film`](table-definitions.md#table-film).`rating`, [`film_list`](table-definitions.md#view-film_list).`rating` |",
    );
    expect(dictionary).toContain('| set | `Trailers`, `Deleted Scenes` |');
    const readme = file(files, 'README.md');
    expect(readme).toContain('| Enum and set columns | 2 |');
    expect(readme).not.toMatch(/Schemas|Domains|Materialized/);
    expect(readme).toContain('[2 tables, 1 view](schema/table-definitions.md#schema)');
  });

  it('draws an ERD Mermaid parses, with bare names and short enum and set types', async () => {
    const [source = ''] = mermaidBlocks(file(files, 'schema/erd-diagram.md'));
    const parsed = await parseErd(source);
    expect([...parsed.entities.values()].map((e) => e.alias)).toEqual(['film', 'rental']);
    expect(source).toContain('    enum rating\n    set features\n');
    expect(source).toContain('    smallint(5)_unsigned film_id FK\n');
    expect(parsed.relationships).toHaveLength(1);
  });

  it('include and exclude patterns name tables and views', () => {
    const kept = filterModel(shop(), ['film*'], ['film_list']);
    expect(kept.tables.map((t) => t.name)).toEqual(['film']);
    expect(kept.views).toEqual([]);
  });
});

describe('inline enum values', () => {
  it('reads enum and set types, doubled quotes included, and nothing else', () => {
    expect(inlineEnum("enum('a','b''c',' d, e ')")).toEqual({ kind: 'enum', values: ['a', "b'c", ' d, e '] });
    expect(inlineEnum("SET('x')")).toEqual({ kind: 'set', values: ['x'] });
    expect(inlineEnum("enum('')")).toEqual({ kind: 'enum', values: [''] });
    expect(inlineEnum('varchar(10)')).toBeUndefined();
    expect(inlineEnum('public.enum')).toBeUndefined();
  });
});

describe('MySQL migration log entry', () => {
  it('names tables bare and says once that nothing is transactional', () => {
    const from = shop();
    const to = { ...from, tables: from.tables.filter((t) => t.name !== 'rental') };
    const notTransactional = { code: 'NOT_TRANSACTIONAL' as const, reason: 'MySQL commits DDL implicitly' };
    const drop = {
      sql: 'DROP TABLE `rental`',
      hazards: [{ code: 'DELETES_DATA' as const, reason: 'drops table `rental`' }, notTransactional],
      transactional: false,
    };
    const log = appendMigrationEntry(undefined, {
      date: '2026-02-01',
      title: 'Drop rentals',
      changes: diffModels(from, to),
      plan: { up: [drop], down: [] },
      dialect: 'mysql',
    });
    expect(log).toContain('- Drop table `rental`');
    expect(log).toContain('MySQL commits every DDL statement implicitly');
    expect(log).toContain('| up 1 | `DELETES_DATA` |');
    expect(log).not.toContain('`NOT_TRANSACTIONAL`');
    expect(log).toContain('-- 1\nDROP TABLE `rental`;');
  });
});
