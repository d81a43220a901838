import { describe, expect, it } from 'vitest';
import { normalizeModel } from '../normalize.ts';
import { applyEdit, applyEdits } from './apply.ts';
import { foreignKey } from './constraints.ts';
import { col, sampleModel, table } from './test-model.ts';

const base = sampleModel();
const t = (name: string, model = base) => model.tables.find((x) => x.name === name);

describe('table edits', () => {
  it('adds a table in sorted position and keeps other tables identical', () => {
    const next = applyEdit(base, { kind: 'table.add', table: table('comments', [col('id')]) });
    expect(next.tables.map((x) => x.name)).toEqual(['comments', 'posts', 'users']);
    expect(t('users', next)).toBe(t('users'));
    expect(normalizeModel(next)).toEqual(next);
  });
  it('ignores a duplicate table', () => {
    expect(applyEdit(base, { kind: 'table.add', table: table('users', []) })).toBe(base);
  });
  it('removes a table and the foreign keys pointing at it', () => {
    const next = applyEdit(base, { kind: 'table.remove', schema: 'public', name: 'users' });
    expect(next.tables.map((x) => x.name)).toEqual(['posts']);
    expect(t('posts', next)?.foreignKeys).toEqual([]);
  });
  it('renames a table and retargets foreign keys', () => {
    const next = applyEdit(base, { kind: 'table.rename', schema: 'public', from: 'users', to: 'accounts' });
    expect(next.tables.map((x) => x.name)).toEqual(['accounts', 'posts']);
    expect(t('posts', next)?.foreignKeys[0]?.refTable).toBe('accounts');
  });
  it('refuses a rename onto an existing name', () => {
    expect(applyEdit(base, { kind: 'table.rename', schema: 'public', from: 'users', to: 'posts' })).toBe(
      base,
    );
  });
  it('sets and clears a comment (omitted, not undefined)', () => {
    const set = applyEdit(base, {
      kind: 'table.setComment',
      schema: 'public',
      name: 'users',
      comment: 'people',
    });
    expect(t('users', set)?.comment).toBe('people');
    const cleared = applyEdit(set, { kind: 'table.setComment', schema: 'public', name: 'users' });
    expect('comment' in (t('users', cleared) ?? {})).toBe(false);
  });
  it('sets the primary key (columns become not null) and drops it', () => {
    const next = applyEdit(base, {
      kind: 'table.setPrimaryKey',
      schema: 'public',
      table: 'posts',
      columns: ['id', 'user_id'],
    });
    expect(t('posts', next)?.primaryKey).toEqual({ name: 'posts_pkey', columns: ['id', 'user_id'] });
    expect(t('posts', next)?.columns[1]?.nullable).toBe(false);
    const dropped = applyEdit(next, {
      kind: 'table.setPrimaryKey',
      schema: 'public',
      table: 'posts',
      columns: [],
    });
    expect(t('posts', dropped)?.primaryKey).toBeUndefined();
  });
});

describe('column edits', () => {
  const ref = { schema: 'public', table: 'users' } as const;
  it('adds a column at the end or at an index', () => {
    const end = applyEdit(base, { kind: 'column.add', ...ref, column: col('age') });
    expect(t('users', end)?.columns.map((c) => c.name)).toEqual(['id', 'email', 'age']);
    const first = applyEdit(base, { kind: 'column.add', ...ref, column: col('age'), index: 0 });
    expect(t('users', first)?.columns.map((c) => c.name)).toEqual(['age', 'id', 'email']);
    expect(t('posts', first)).toBe(t('posts'));
  });
  it('removes a column with its key, unique, index and the foreign keys on both ends', () => {
    const next = applyEdit(base, { kind: 'column.remove', ...ref, name: 'id' });
    expect(t('users', next)?.primaryKey).toBeUndefined();
    expect(t('posts', next)?.foreignKeys).toEqual([]);
    const fk = applyEdit(base, { kind: 'column.remove', schema: 'public', table: 'posts', name: 'user_id' });
    expect(t('posts', fk)?.foreignKeys).toEqual([]);
    expect(t('posts', fk)?.indexes).toEqual([]);
  });
  it('renames a column everywhere it is referenced', () => {
    const next = applyEdit(base, { kind: 'column.rename', ...ref, from: 'id', to: 'user_id' });
    expect(t('users', next)?.primaryKey?.columns).toEqual(['user_id']);
    expect(t('posts', next)?.foreignKeys[0]?.refColumns).toEqual(['user_id']);
    const local = applyEdit(base, {
      kind: 'column.rename',
      schema: 'public',
      table: 'posts',
      from: 'user_id',
      to: 'author_id',
    });
    expect(t('posts', local)?.foreignKeys[0]?.columns).toEqual(['author_id']);
    expect(t('posts', local)?.indexes[0]?.keys[0]?.column).toBe('author_id');
  });
  it('sets type, nullability, default and comment', () => {
    const next = applyEdits(base, [
      { kind: 'column.setType', ...ref, name: 'email', type: 'character varying(200)' },
      { kind: 'column.setNullable', ...ref, name: 'email', nullable: true },
      { kind: 'column.setDefault', ...ref, name: 'email', default: "''::text" },
      { kind: 'column.setComment', ...ref, name: 'email', comment: 'login' },
    ]);
    expect(t('users', next)?.columns[1]).toEqual({
      name: 'email',
      type: 'character varying(200)',
      nullable: true,
      default: "''::text",
      comment: 'login',
    });
    const cleared = applyEdit(next, { kind: 'column.setDefault', ...ref, name: 'email' });
    expect('default' in (t('users', cleared)?.columns[1] ?? {})).toBe(false);
  });
  it('moves a column (clamped)', () => {
    const next = applyEdit(base, {
      kind: 'column.move',
      schema: 'public',
      table: 'posts',
      name: 'mood',
      to: 0,
    });
    expect(t('posts', next)?.columns.map((c) => c.name)).toEqual(['mood', 'id', 'user_id']);
    const clamped = applyEdit(base, {
      kind: 'column.move',
      schema: 'public',
      table: 'posts',
      name: 'id',
      to: 99,
    });
    expect(t('posts', clamped)?.columns.map((c) => c.name)).toEqual(['user_id', 'mood', 'id']);
  });
});

describe('constraint and index edits', () => {
  it('adds and removes a foreign key', () => {
    const withUser = applyEdit(base, {
      kind: 'column.add',
      schema: 'public',
      table: 'users',
      column: col('boss_id', 'integer', true),
    });
    const fk = foreignKey('users', ['boss_id'], { schema: 'public', table: 'users', columns: ['id'] });
    const next = applyEdit(withUser, { kind: 'fk.add', schema: 'public', table: 'users', fk });
    expect(t('users', next)?.foreignKeys.map((f) => f.name)).toEqual(['users_boss_id_fkey']);
    const removed = applyEdit(next, {
      kind: 'fk.remove',
      schema: 'public',
      table: 'users',
      name: 'users_boss_id_fkey',
    });
    expect(t('users', removed)?.foreignKeys).toEqual([]);
  });
  it('refuses a foreign key to a missing column', () => {
    const fk = foreignKey('users', ['id'], { schema: 'public', table: 'posts', columns: ['nope'] });
    expect(applyEdit(base, { kind: 'fk.add', schema: 'public', table: 'users', fk })).toBe(base);
  });
  it('adds and removes uniques and indexes', () => {
    const ref = { schema: 'public', table: 'posts' } as const;
    const u = applyEdit(base, {
      kind: 'unique.add',
      ...ref,
      unique: { name: 'posts_mood_key', columns: ['mood'] },
    });
    expect(t('posts', u)?.uniques.map((x) => x.name)).toEqual(['posts_mood_key']);
    expect(
      t('posts', applyEdit(u, { kind: 'unique.remove', ...ref, name: 'posts_mood_key' }))?.uniques,
    ).toEqual([]);
    const index = { name: 'a_idx', unique: true, method: 'btree', keys: [{ column: 'mood' }] };
    const i = applyEdit(base, { kind: 'index.add', ...ref, index });
    expect(t('posts', i)?.indexes.map((x) => x.name)).toEqual(['a_idx', 'posts_user_idx']);
    expect(
      t('posts', applyEdit(i, { kind: 'index.remove', ...ref, name: 'a_idx' }))?.indexes.map((x) => x.name),
    ).toEqual(['posts_user_idx']);
  });
});

describe('enum edits', () => {
  it('adds, renames (retyping columns), sets values and removes', () => {
    const added = applyEdit(base, {
      kind: 'enum.add',
      enum: { schema: 'public', name: 'color', values: ['red'] },
    });
    expect(added.enums.map((e) => e.name)).toEqual(['color', 'mood']);
    const renamed = applyEdit(base, { kind: 'enum.rename', schema: 'public', from: 'mood', to: 'feeling' });
    expect(renamed.enums.map((e) => e.name)).toEqual(['feeling']);
    expect(t('posts', renamed)?.columns[2]?.type).toBe('public.feeling');
    expect(t('users', renamed)).toBe(t('users'));
    const values = applyEdit(base, {
      kind: 'enum.setValues',
      schema: 'public',
      name: 'mood',
      values: ['a', 'b', 'a'],
    });
    expect(values.enums[0]?.values).toEqual(['a', 'b']);
    expect(applyEdit(base, { kind: 'enum.remove', schema: 'public', name: 'mood' }).enums).toEqual([]);
  });
});

describe('model.replace', () => {
  it('replaces the design with the normalized model', () => {
    const other = { ...base, tables: [...base.tables].reverse() };
    expect(applyEdit(base, { kind: 'model.replace', model: other })).toEqual(normalizeModel(other));
  });
});
