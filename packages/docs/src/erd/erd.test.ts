import type { TableDef } from '@schema-studio/schema';
import { describe, expect, it } from 'vitest';
import { cardinality, crowsFoot } from '../cardinality.ts';
import { buildContext } from '../context.ts';
import { renderDocs } from '../render.ts';
import { mermaidBlocks, parseErd } from '../testing/mermaid.ts';
import { col, fk, model, notNull, table } from '../testing/models.ts';
import { erdPieces } from './entities.ts';
import { attributeWord, typeWord } from './mermaid.ts';
import { planDiagrams } from './split.ts';

const parent = table('parent', [notNull('id', 'integer')]);

function child(columns: TableDef['columns'], extra: Partial<TableDef> = {}): TableDef {
  const keyColumns = columns.filter((c) => c.name.startsWith('parent_id')).map((c) => c.name);
  return table('child', columns, { foreignKeys: [fk('child', keyColumns, 'parent')], ...extra });
}

function symbolOf(t: TableDef): string {
  return crowsFoot(cardinality(t, t.foreignKeys[0] as TableDef['foreignKeys'][number]));
}

describe("crow's-foot cardinality", () => {
  it('NOT NULL key, not unique: exactly one parent, zero or many children', () => {
    expect(symbolOf(child([notNull('id', 'integer'), notNull('parent_id', 'integer')]))).toBe('||..o{');
  });

  it('nullable key: zero or one parent', () => {
    expect(symbolOf(child([notNull('id', 'integer'), col('parent_id', 'integer')]))).toBe('|o..o{');
  });

  it('key columns with a unique constraint or plain unique index: zero or one child', () => {
    const columns = [notNull('id', 'integer'), notNull('parent_id', 'integer')];
    expect(symbolOf(child(columns, { uniques: [{ name: 'u', columns: ['parent_id'] }] }))).toBe('||..o|');
    const index = { name: 'i', unique: true, method: 'btree', keys: [{ column: 'parent_id' }] };
    expect(symbolOf(child(columns, { indexes: [index] }))).toBe('||..o|');
    // A partial unique index does not make the column unique in the whole table.
    expect(symbolOf(child(columns, { indexes: [{ ...index, where: '(id > 0)' }] }))).toBe('||..o{');
    // Unique together with another column is not unique alone.
    expect(symbolOf(child(columns, { uniques: [{ name: 'u', columns: ['parent_id', 'id'] }] }))).toBe(
      '||..o{',
    );
  });

  it('key that is the primary key: one-to-one and identifying', () => {
    const t = child([notNull('parent_id', 'integer')], {
      primaryKey: { name: 'child_pkey', columns: ['parent_id'] },
    });
    expect(symbolOf(t)).toBe('||--o|');
  });

  it('key that is part of a composite primary key: identifying, many', () => {
    const t = child([notNull('parent_id', 'integer'), notNull('n', 'integer')], {
      primaryKey: { name: 'child_pkey', columns: ['parent_id', 'n'] },
    });
    expect(symbolOf(t)).toBe('||--o{');
  });

  it('composite key: nullable when any column is', () => {
    const t = child([notNull('parent_id_a', 'integer'), col('parent_id_b', 'integer')]);
    expect(symbolOf(t)).toBe('|o..o{');
  });

  it('Mermaid reads the markers as meant', async () => {
    const m = model({
      tables: [
        parent,
        child([notNull('id', 'integer'), col('parent_id', 'integer')], {
          uniques: [{ name: 'u', columns: ['parent_id'] }],
        }),
      ],
    });
    const erd = renderDocs(m).find((f) => f.path === 'schema/erd-diagram.md')?.content ?? '';
    const [source = ''] = mermaidBlocks(erd);
    const parsed = await parseErd(source);
    expect(parsed.relationships).toEqual([
      {
        parent: 'public_parent',
        child: 'public_child',
        parentMarker: 'ZERO_OR_ONE',
        childMarker: 'ZERO_OR_ONE',
        identifying: false,
        label: 'parent_id',
      },
    ]);
    expect(parsed.entities.get('public_child')).toEqual({ alias: 'public.child', attributes: 2 });
  });
});

describe('Mermaid words', () => {
  it('makes types and names single words the grammar accepts', () => {
    expect(typeWord('character varying(20)')).toBe('varchar(20)');
    expect(typeWord('timestamp(6) without time zone')).toBe('timestamp(6)');
    expect(typeWord('timestamp with time zone')).toBe('timestamptz');
    expect(typeWord('double precision')).toBe('double_precision');
    expect(typeWord('numeric(12,2)[]')).toBe('numeric(12,2)[]');
    expect(typeWord('public."Mood"')).toBe('public._Mood_');
    expect(attributeWord('1st')).toBe('_1st');
    expect(attributeWord('pk')).toBe('_pk');
    expect(attributeWord('pk_x')).toBe('pk_x');
    expect(attributeWord('a b$c')).toBe('a_b_c');
  });

  it('odd names still give a diagram Mermaid parses, with the real names kept', async () => {
    const odd = table('Odd "name" 100%\\#x;', [
      col('1st col', 'character varying(20)[]'),
      col('pk', 'timestamp with time zone'),
      col('uk', 'public."My Type"'),
      col('end', 'integer'),
    ]);
    const other = table('one', [col('x', 'integer')], { schema: '9 lives' });
    const erd = renderDocs(model({ tables: [odd, other] })).find((f) => f.path === 'schema/erd-diagram.md');
    const [source = ''] = mermaidBlocks(erd?.content ?? '');
    const parsed = await parseErd(source);
    expect([...parsed.entities.keys()].sort()).toEqual(['public_Odd__name__100___x_', 't_9_lives_one']);
    expect(source).toContain('_1st_col "1st col"');
  });

  it('shows a wide table with its key columns and the first others, and says so', async () => {
    const columns = Array.from({ length: 100 }, (_, i) => col(`c${i}`, 'integer'));
    const wide = table('wide', [notNull('id', 'integer'), ...columns], {
      foreignKeys: [fk('wide', ['c99'], 'parent')],
    });
    const erd = renderDocs(model({ tables: [parent, wide] })).find((f) => f.path === 'schema/erd-diagram.md');
    const [source = ''] = mermaidBlocks(erd?.content ?? '');
    const parsed = await parseErd(source);
    expect(parsed.entities.get('public_wide')).toEqual({
      alias: 'public.wide (60 of 101 columns)',
      attributes: 60,
    });
    expect(source).toContain('    integer c57\n    integer c99 FK\n  }');
  });

  it('the parser rejects a broken diagram (so the checks above can fail)', async () => {
    await expect(parseErd('erDiagram\n  t {\n    character varying(20) name\n  }')).rejects.toThrow(
      /Parse error/,
    );
    await expect(parseErd('erDiagram\n  a ||--o{ b')).rejects.toThrow(/Parse error/);
  });
});

describe('splitting', () => {
  /** A chain of `n` tables in `schema`, each pointing at the previous one. */
  function chain(schema: string, prefix: string, n: number): TableDef[] {
    return Array.from({ length: n }, (_, i) =>
      table(`${prefix}${i}`, [notNull('id', 'integer'), col('prev_id', 'integer')], {
        schema,
        foreignKeys: i === 0 ? [] : [fk(`${prefix}${i}`, ['prev_id'], `${prefix}${i - 1}`, schema)],
      }),
    );
  }

  function plan(tables: TableDef[], entities: number) {
    const context = buildContext(model({ tables }));
    const groups = planDiagrams(context.tables, erdPieces(context), { text: 50_000, edges: 500, entities });
    return groups.map((g) => `${g.schema ?? '*'}: ${g.tables.map((t) => t.name).join(' ')}`);
  }

  it('keeps a set that fits in one diagram', () => {
    expect(plan([...chain('a', 'x', 2), ...chain('b', 'y', 2)], 10)).toEqual(['*: x0 x1 y0 y1']);
  });

  it('splits by schema, then packs small connected groups together', () => {
    const tables = [
      ...chain('a', 'x', 3),
      ...chain('a', 'y', 2),
      ...chain('a', 'z', 2),
      ...chain('b', 'w', 3),
    ];
    expect(plan(tables, 5)).toEqual(['a: x0 x1 x2 y0 y1', 'a: z0 z1', 'b: w0 w1 w2']);
  });

  it('cuts a group too large into chunks, counting the boxes of tables drawn elsewhere', () => {
    // Entities: each chunk after the first needs a stub for the table its first member points at.
    expect(plan(chain('a', 'x', 7), 4)).toEqual(['a: x0 x1 x2 x3', 'a: x4 x5 x6']);
  });

  it('writes an overview and one file per diagram, with stubs linked to where they are drawn', () => {
    const context = chain('a', 'x', 80);
    const files = renderDocs(model({ tables: context }));
    const erdFiles = files.filter((f) => f.path.startsWith('schema/erd/')).map((f) => f.path);
    expect(erdFiles).toEqual(['schema/erd/a-1.md', 'schema/erd/a-2.md']);
    const second = files.find((f) => f.path === 'schema/erd/a-2.md')?.content ?? '';
    expect(second).toContain('**Drawn in other diagrams** (boxes without columns here): [`a.x');
    expect(second).toContain('](a-1.md)');
    const overview = files.find((f) => f.path === 'schema/erd-diagram.md')?.content ?? '';
    expect(overview).toContain('| [`a`, part 1 of 2](erd/a-1.md) |');
  });
});
