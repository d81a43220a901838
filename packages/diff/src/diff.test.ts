import { foreignKey } from '@schema-studio/schema';
import { describe, expect, test } from 'vitest';
import { buildContext } from './context.ts';
import { diffModels } from './diff.ts';
import { invertHints } from './plan.ts';
import { RenameMap } from './renames.ts';
import { routineSignature } from './routine-signature.ts';
import { col, enumType, fn, index, model, table, view } from './test-model.ts';

const kinds = (changes: ReturnType<typeof diffModels>) => changes.map((c) => c.kind);

describe('diffModels', () => {
  test('equal models give no changes', () => {
    const m = model({ tables: [table('t', [col('a', 'integer')], { indexes: [index('i', ['a'])] })] });
    expect(diffModels(m, m, [])).toEqual([]);
  });

  test('a hinted table + column rename is RENAME only; inner objects compare through the renames', () => {
    const from = model({ tables: [table('a', [col('x', 'integer')], { indexes: [index('a_x', ['x'])] })] });
    const to = model({ tables: [table('b', [col('y', 'integer')], { indexes: [index('a_x', ['y'])] })] });
    const hints = [
      { kind: 'table' as const, schema: 'public', from: 'a', to: 'b' },
      { kind: 'column' as const, schema: 'public', table: 'a', from: 'x', to: 'y' },
    ];
    expect(diffModels(from, to, hints)).toEqual([
      { kind: 'table.rename', schema: 'public', from: 'a', to: 'b' },
      { kind: 'column.rename', schema: 'public', table: 'b', from: 'x', to: 'y' },
    ]);
    expect(kinds(diffModels(to, from, invertHints(hints)))).toEqual(['table.rename', 'column.rename']);
  });

  test('never guesses renames', () => {
    const from = model({ tables: [table('a', [col('x', 'integer')])] });
    const to = model({ tables: [table('b', [col('x', 'integer')])] });
    expect(kinds(diffModels(from, to, []))).toEqual(['table.drop', 'table.create']);
  });

  test('hints naming objects that do not exist are ignored', () => {
    const m = model({ tables: [table('a', [col('x', 'integer')])] });
    expect(diffModels(m, m, [{ kind: 'table', schema: 'public', from: 'nope', to: 'a' }])).toEqual([]);
  });

  test('enum evolution: appended labels are added, others replace the type', () => {
    const from = model({ enums: [enumType('e', ['a', 'b'])] });
    expect(kinds(diffModels(from, model({ enums: [enumType('e', ['a', 'x', 'b'])] }), []))).toEqual([
      'enum.addValue',
    ]);
    expect(kinds(diffModels(from, model({ enums: [enumType('e', ['b', 'a'])] }), []))).toEqual([
      'enum.replace',
    ]);
  });

  test('views reading a dropped column are rebuilt, views not reading it stay; a renamed column leaves them alone', () => {
    const v = view('v', ' SELECT t.a\n   FROM public.t;', ['public.t']);
    const w = view('w', ' SELECT t.b AS total\n   FROM public.t;', ['public.t']);
    const from = model({ tables: [table('t', [col('a', 'integer'), col('b', 'integer')])], views: [v, w] });
    const dropped = model({ tables: [table('t', [col('a', 'integer')])], views: [v] });
    const dropB = diffModels(from, dropped, []);
    expect(kinds(dropB)).toEqual(['column.drop', 'view.drop']);
    expect(dropB.flatMap((c) => (c.kind === 'view.drop' ? [c.view.name] : []))).toEqual(['w']);
    const readsB = model({ tables: [table('t', [col('a', 'integer')])], views: [w] });
    expect(kinds(diffModels(model({ ...from, views: [w] }), readsB, []))).toEqual([
      'column.drop',
      'view.drop',
      'view.create',
    ]);
    // A retyped column: only the view naming it is rebuilt.
    const retyped = model({ tables: [table('t', [col('a', 'bigint'), col('b', 'integer')])], views: [v, w] });
    expect(
      diffModels(from, retyped, []).flatMap((c) =>
        c.kind.startsWith('view.') ? [`${c.kind} ${'view' in c ? c.view.name : ''}`] : [],
      ),
    ).toEqual(['view.drop v', 'view.create v']);
    const renamed = model({
      tables: [table('t', [col('a', 'integer'), col('c', 'integer')])],
      views: [v, w],
    });
    const hint = { kind: 'column' as const, schema: 'public', table: 't', from: 'b', to: 'c' };
    expect(kinds(diffModels(from, renamed, [hint]))).toEqual(['column.rename']);
  });

  test('a routine whose parameter is renamed is dropped and created, the drop marked as recreated', () => {
    const f = (args: string) => fn('f', args, `CREATE OR REPLACE FUNCTION public.f(${args}) ...`);
    const changes = diffModels(model({ functions: [f('a text')] }), model({ functions: [f('b text')] }));
    expect(changes.map((c) => (c.kind === 'function.drop' ? [c.kind, c.recreated] : [c.kind]))).toEqual([
      ['function.drop', true],
      ['function.create'],
    ]);
  });
});

describe('routineSignature', () => {
  test('keeps argument types and modes, drops parameter names', () => {
    const sig = (args: string) => routineSignature({ schema: 's', name: 'f', args });
    expect(sig('val text, prefix character varying(10)')).toBe('s.f(text, character varying(10))');
    expect(sig('VARIADIC xs integer[], "Weird name" public."Mood"')).toBe(
      's.f(VARIADIC integer[], public."Mood")',
    );
    expect(sig('double precision, timestamp with time zone, numeric(10,2)')).toBe(
      's.f(double precision, timestamp with time zone, numeric(10,2))',
    );
    expect(sig('double double precision, OUT "time" time without time zone')).toBe(
      's.f(double precision, OUT time without time zone)',
    );
    expect(sig('')).toBe('s.f()');
  });
});

describe('a table that is the same object on both sides', () => {
  const users = table('users', [col('id', 'integer', { nullable: false })], {
    primaryKey: { name: 'users_pkey', columns: ['id'] },
  });
  const posts = table('posts', [col('id', 'integer', { nullable: false }), col('user_id', 'integer')], {
    primaryKey: { name: 'posts_pkey', columns: ['id'] },
    foreignKeys: [foreignKey('posts', ['user_id'], { schema: 'public', table: 'users', columns: ['id'] })],
  });

  test('gives no change when nothing else moved', () => {
    expect(diffModels(model({ tables: [users, posts] }), model({ tables: [users, posts] }), [])).toEqual([]);
  });

  test('still rebuilds its foreign key when the referenced key column is retyped', () => {
    const widened = { ...users, columns: [col('id', 'bigint', { nullable: false })] };
    const changes = diffModels(model({ tables: [users, posts] }), model({ tables: [widened, posts] }), []);
    const kinds = changes.map((c) => `${c.kind} ${'table' in c ? c.table : ''}`);
    expect(kinds).toContain('constraint.drop posts');
    expect(kinds).toContain('constraint.add posts');
  });

  test('rebuilds its foreign key when the referenced unique key is dropped', () => {
    const keyed = { ...users, primaryKey: undefined, uniques: [{ name: 'users_id_key', columns: ['id'] }] };
    const unkeyed = { ...keyed, uniques: [] };
    const changes = diffModels(model({ tables: [keyed, posts] }), model({ tables: [unkeyed, posts] }), []);
    expect(changes.map((c) => c.kind)).toEqual(expect.arrayContaining(['constraint.drop', 'constraint.add']));
  });

  test('converts its columns when an enum they use is replaced', () => {
    const before = enumType('mood', ['sad', 'ok', 'happy']);
    const after = enumType('mood', ['sad', 'happy']);
    const moods = table('moods', [col('mood', 'public.mood')]);
    const changes = diffModels(
      model({ enums: [before], tables: [moods] }),
      model({ enums: [after], tables: [moods] }),
      [],
    );
    const replace = changes.find((c) => c.kind === 'enum.replace');
    expect(replace).toMatchObject({ columns: [{ table: 'moods', column: 'mood' }] });
  });

  test('is left out of the per-table work unless its foreign keys reach a changed table', () => {
    const tags = table('tags', [col('id', 'integer')]);
    const widened = { ...users, columns: [col('id', 'bigint', { nullable: false })] };
    const context = buildContext(
      model({ tables: [users, posts, tags] }),
      model({ tables: [widened, posts, tags] }),
      new RenameMap([]),
    );
    expect(context.tablePairs.map((p) => p.to.name)).toEqual(['users', 'posts']);
    expect(context.pairOf('public.tags')?.columns.matched).toEqual([[tags.columns[0], tags.columns[0]]]);
  });
});
