import type { SchemaModel } from '@schema-studio/schema';
import { describe, expect, it } from 'vitest';
import type { DocFile } from './options.ts';
import { renderDocs } from './render.ts';
import { markdownProblems } from './testing/markdown.ts';
import { mermaidBlocks, parseErd } from './testing/mermaid.ts';
import { col, fk, model, notNull, shop, table } from './testing/models.ts';

function file(files: readonly DocFile[], path: string): string {
  const found = files.find((f) => f.path === path);
  if (!found) throw new Error(`no ${path} among ${files.map((f) => f.path).join(', ')}`);
  return found.content;
}

describe('renderDocs', () => {
  it('writes the set, sorted by path, the same bytes every time', () => {
    const files = renderDocs(shop());
    expect(files.map((f) => f.path)).toEqual([
      'README.md',
      'schema/data-dictionary.md',
      'schema/erd-diagram.md',
      'schema/table-definitions.md',
    ]);
    expect(renderDocs(shop())).toEqual(files);
    // Input order does not matter: the model is sorted on the way in.
    const shuffled = { ...shop(), tables: [...shop().tables].reverse() };
    expect(renderDocs(shuffled)).toEqual(files);
  });

  it('README counts schemas, tables, columns and relations, and lists the migration logs', () => {
    const readme = file(
      renderDocs(shop(), {
        title: 'Shop | DB',
        migrationLogs: ['migrations/2026-Q4-schema-changes.md', 'migrations/2026-Q3-schema-changes.md'],
      }),
      'README.md',
    );
    expect(readme).toMatch(/^# Shop \| DB\n/);
    for (const row of [
      '| Schemas | 1 |',
      '| Tables | 2 |',
      '| Columns | 5 |',
      '| Relations (foreign keys) | 1 |',
    ]) {
      expect(readme).toContain(row);
    }
    expect(readme).toContain(
      '- [2026 Q3](migrations/2026-Q3-schema-changes.md)\n- [2026 Q4](migrations/2026-Q4-schema-changes.md)',
    );
    expect(readme).toContain(
      '[Schema `public`](schema/table-definitions.md#schema-public): 2 tables, 0 views',
    );
  });

  it('links foreign keys both ways with explicit anchors', () => {
    const defs = file(renderDocs(shop()), 'schema/table-definitions.md');
    expect(defs).toContain('### <a id="table-public-orders"></a>Table `public.orders`');
    expect(defs).toContain(
      '| `orders_user_id_fkey` | `user_id` | [`public.users`](#table-public-users) (`id`) | no action | no action |  |',
    );
    expect(defs).toContain(
      '| [`public.orders`](#table-public-orders) | `user_id` | `id` | `orders_user_id_fkey` |',
    );
  });

  it('uses descriptions where the model has no comment; a comment wins', () => {
    const m = shop();
    const commented: SchemaModel = {
      ...m,
      tables: m.tables.map((t) => (t.name === 'users' ? { ...t, comment: 'People who *buy*.' } : t)),
    };
    const files = renderDocs(commented, {
      descriptions: {
        'public.users': 'ignored: the comment wins',
        'public.orders': 'One per checkout.',
        'public.orders.note': 'Free text | from the <b>customer</b>',
        constructor: 'not a prototype property',
      },
    });
    const defs = file(files, 'schema/table-definitions.md');
    expect(defs).toContain('People who \\*buy\\*.');
    expect(defs).not.toContain('ignored');
    expect(defs).toContain('One per checkout.');
    expect(defs).toContain('| `note` | `text` | yes |  | Free text \\| from the \\<b\\>customer\\</b\\> |');
    const dictionary = file(files, 'schema/data-dictionary.md');
    expect(dictionary).toContain(
      '| `note` | `text` | Free text \\| from the \\<b\\>customer\\</b\\> | [`public.orders`](table-definitions.md#table-public-orders) |',
    );
  });

  it('escapes names and SQL that hold Markdown or table syntax', () => {
    const m = model({
      tables: [
        table('a|b', [col('x`y', 'text', { default: "'|'::text" })], {
          checks: [{ name: 'c', expression: "(x`y <> '<script>')" }],
        }),
      ],
    });
    const files = renderDocs(m);
    for (const f of files) expect(markdownProblems(f.content), f.path).toEqual([]);
    const defs = file(files, 'schema/table-definitions.md');
    expect(defs).toContain('### <a id="table-public-a-b"></a>Table `public.a|b`');
    expect(defs).toContain("| ``x`y`` | `text` | yes | `'\\|'::text` |  |");
    expect(defs).toContain("| `c` | ``(x`y <> '<script>')`` |  |");
  });

  it('keeps a foreign key to a filtered-out table as text: not linked, not drawn', async () => {
    const files = renderDocs(shop(), { exclude: ['public.users'] });
    const defs = file(files, 'schema/table-definitions.md');
    expect(defs).toContain(
      '| `orders_user_id_fkey` | `user_id` | `public.users` (not documented here) (`id`) |',
    );
    expect(defs).not.toContain('#table-public-users');
    const [source = ''] = mermaidBlocks(file(files, 'schema/erd-diagram.md'));
    const parsed = await parseErd(source);
    expect([...parsed.entities.keys()]).toEqual(['public_orders']);
    expect(parsed.relationships).toEqual([]);
  });

  it('documents views, enums and domains, and links column types to them', () => {
    const m = model({
      enums: [{ schema: 'public', name: 'mood', values: ['sad', 'ok', 'happy'], comment: 'How it feels.' }],
      domains: [
        {
          schema: 'public',
          name: 'year',
          type: 'integer',
          notNull: false,
          checks: [{ name: 'year_check', expression: '(VALUE > 1900)' }],
        },
      ],
      tables: [
        table('people', [notNull('id', 'integer'), col('mood', 'public.mood[]'), col('born', 'public.year')]),
      ],
      views: [
        {
          schema: 'public',
          name: 'happy_people',
          materialized: true,
          definition: " SELECT id\n   FROM public.people\n  WHERE 'happy'::public.mood = ANY (mood);",
          columns: [{ name: 'id', type: 'integer' }],
          indexes: [{ name: 'hp_id', unique: true, method: 'btree', keys: [{ column: 'id' }] }],
          triggers: [],
          dependsOn: ['public.people'],
        },
      ],
    });
    const files = renderDocs(m, { descriptions: { 'public.happy_people.id': 'The person.' } });
    const defs = file(files, 'schema/table-definitions.md');
    expect(defs).toContain('| `mood` | [`public.mood[]`](data-dictionary.md#enum-public-mood) | yes |  |  |');
    expect(defs).toContain(
      '### <a id="view-public-happy_people"></a>Materialized view `public.happy_people`',
    );
    expect(defs).toContain('**Depends on** [`public.people`](#table-public-people)');
    expect(defs).toContain(
      "```sql\n SELECT id\n   FROM public.people\n  WHERE 'happy'::public.mood = ANY (mood);\n```",
    );
    expect(defs).toContain('| `hp_id` | `UNIQUE btree (id)` |');
    const dictionary = file(files, 'schema/data-dictionary.md');
    expect(dictionary).toContain('### <a id="enum-public-mood"></a>`public.mood`\n\nHow it feels.');
    expect(dictionary).toContain('**Values**, in sort order: `sad`, `ok`, `happy`');
    expect(dictionary).toContain(
      '**Used by** [`public.people`](table-definitions.md#table-public-people).`mood`',
    );
    expect(dictionary).toContain('| Check `year_check` | `(VALUE > 1900)` |');
    expect(dictionary).toContain(
      '| `id` | `integer` | The person. | [`public.happy_people`](table-definitions.md#view-public-happy_people) |',
    );
  });

  it('documents partitioning and links partitions to their parent', () => {
    const m = model({
      tables: [
        table('events', [notNull('at', 'date')], { partitionBy: 'RANGE (at)' }),
        table('events_2026', [notNull('at', 'date')], {
          partitionOf: {
            schema: 'public',
            table: 'events',
            bound: "FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')",
          },
        }),
      ],
    });
    const defs = file(renderDocs(m), 'schema/table-definitions.md');
    expect(defs).toContain(
      '- Partitioned by `RANGE (at)`.\n- Partitions: [`public.events_2026`](#table-public-events_2026).',
    );
    expect(defs).toContain(
      "- Partition of [`public.events`](#table-public-events): `FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')`.",
    );
  });

  it('gives colliding anchors distinct ids', () => {
    const m = model({ tables: [table('a-b', [col('x', 'integer')]), table('a.b', [col('x', 'integer')])] });
    const defs = file(renderDocs(m), 'schema/table-definitions.md');
    expect(defs).toContain('<a id="table-public-a-b"></a>Table `public.a-b`');
    expect(defs).toContain('<a id="table-public-a-b-2"></a>Table `public.a.b`');
  });

  it('the Markdown check catches a broken table and an open fence', () => {
    expect(markdownProblems('| a | b |\n| --- | --- |\n| x | y | z |')).toEqual([
      'line 3: 3 cells, the header has 2',
    ]);
    expect(markdownProblems('```sql\nSELECT 1')).toEqual(['a ``` fence is never closed']);
    expect(markdownProblems('| a | b |\n| --- | --- |\n| x \\| y | z |')).toEqual([]);
  });

  it('renders an empty set', () => {
    const files = renderDocs(model({ schemas: [] }));
    expect(file(files, 'schema/erd-diagram.md')).toContain('The documented set has no tables.');
    expect(file(files, 'README.md')).toContain('| Tables | 0 |');
  });

  it('every column appears in the dictionary, grouped by name, type and description', () => {
    const m = model({
      tables: [
        table('a', [col('id', 'integer'), col('Name', 'text')]),
        table('b', [col('id', 'integer'), col('name', 'text'), col('_x', 'text')]),
      ],
    });
    const dictionary = file(renderDocs(m), 'schema/data-dictionary.md');
    expect(dictionary).toContain(
      '| `id` | `integer` |  | [`public.a`](table-definitions.md#table-public-a), [`public.b`](table-definitions.md#table-public-b) |',
    );
    const order = [...dictionary.matchAll(/^\| `([^`]+)` \|/gm)].map((x) => x[1]);
    expect(order).toEqual(['id', 'Name', 'name', '_x']);
    expect(dictionary).toContain('[I](#columns-I) · [N](#columns-N) · [Other](#columns-other)');
  });
});

it('fk helper names keys like PostgreSQL', () => {
  expect(fk('orders', ['user_id'], 'users').name).toBe('orders_user_id_fkey');
});
