import { describe, expect, it } from 'vitest';
import { col, sampleModel, table } from '../edit/test-model.ts';
import type { SchemaModel, TableDef } from '../model.ts';
import { modelsEqual } from '../normalize.ts';
import { mergeDatabaseChanges } from './merge-database.ts';

const base = sampleModel();
const users = (m: SchemaModel) => m.tables.find((t) => t.name === 'users') as TableDef;
const withTable = (m: SchemaModel, name: string, change: (t: TableDef) => TableDef): SchemaModel => ({
  ...m,
  tables: m.tables.map((t) => (t.name === name ? change(t) : t)),
});
const addColumn = (m: SchemaModel, tableName: string, name: string, type = 'text') =>
  withTable(m, tableName, (t) => ({ ...t, columns: [...t.columns, col(name, type, true)] }));
const columnNames = (m: SchemaModel, name: string) =>
  m.tables.find((t) => t.name === name)?.columns.map((c) => c.name);

describe('mergeDatabaseChanges', () => {
  it('leaves the design as it is when the database did not change', () => {
    const design = addColumn(base, 'users', 'nickname');
    const merge = mergeDatabaseChanges(base, base, design);
    expect(modelsEqual(merge.design, design)).toBe(true);
    expect(merge.brought).toEqual([]);
    expect(merge.conflicts).toEqual([]);
  });

  it("brings a table the database gained into the design, beside the design's own changes", () => {
    const live = { ...base, tables: [...base.tables, table('coupons', [col('code', 'text')])] };
    const design = addColumn(base, 'posts', 'title');
    const merge = mergeDatabaseChanges(base, live, design);
    expect(merge.design.tables.map((t) => t.name)).toEqual(['coupons', 'posts', 'users']);
    expect(columnNames(merge.design, 'posts')).toContain('title');
    expect(merge.brought).toEqual(['table public.coupons added']);
    expect(merge.conflicts).toEqual([]);
  });

  it('removes what the database dropped unless the design changed it', () => {
    const withTags = { ...base, tables: [...base.tables, table('tags', [col('id')])] };
    const dropped = mergeDatabaseChanges(withTags, base, withTags);
    expect(dropped.design.tables.map((t) => t.name)).toEqual(['posts', 'users']);
    expect(dropped.brought).toEqual(['table public.tags removed']);

    const edited = addColumn(withTags, 'tags', 'label');
    const kept = mergeDatabaseChanges(withTags, base, edited);
    expect(columnNames(kept.design, 'tags')).toEqual(['id', 'label']);
    expect(kept.conflicts).toEqual(['table public.tags removed in the database but changed in the design']);
  });

  it("merges a table both sides changed column by column, the database's new columns last", () => {
    const live = addColumn(base, 'users', 'phone');
    const design = addColumn(base, 'users', 'nickname');
    const merge = mergeDatabaseChanges(base, live, design);
    expect(columnNames(merge.design, 'users')).toEqual(['id', 'email', 'nickname', 'phone']);
    expect(merge.brought).toEqual(['column phone of public.users added']);
    expect(merge.conflicts).toEqual([]);
  });

  it("keeps the design's version of a column both changed differently, and says so", () => {
    const retype = (m: SchemaModel, type: string) =>
      withTable(m, 'users', (t) => ({
        ...t,
        columns: t.columns.map((c) => (c.name === 'email' ? { ...c, type } : c)),
      }));
    const merge = mergeDatabaseChanges(base, retype(base, 'character varying(320)'), retype(base, 'citext'));
    expect(users(merge.design).columns.find((c) => c.name === 'email')?.type).toBe('citext');
    expect(merge.conflicts).toEqual([
      'column email of public.users changed in both the database and the design',
    ]);
    expect(merge.brought).toEqual([]);
  });

  it('takes a change both sides made alike once, and reports nothing', () => {
    const both = addColumn(base, 'users', 'phone');
    const merge = mergeDatabaseChanges(base, both, both);
    expect(columnNames(merge.design, 'users')).toEqual(['id', 'email', 'phone']);
    expect(merge.brought).toEqual([]);
    expect(merge.conflicts).toEqual([]);
  });

  it('merges the other fields of a table one by one: a comment from the database, an index from the design', () => {
    const live = withTable(base, 'users', (t) => ({ ...t, comment: 'People who sign in' }));
    const design = withTable(base, 'users', (t) => ({
      ...t,
      indexes: [{ name: 'users_email_idx', unique: false, method: 'btree', keys: [{ column: 'email' }] }],
    }));
    const merge = mergeDatabaseChanges(base, live, design);
    expect(users(merge.design).comment).toBe('People who sign in');
    expect(users(merge.design).indexes.map((i) => i.name)).toEqual(['users_email_idx']);
    expect(merge.brought).toEqual(['comment of table public.users changed']);
  });

  it('never applies a database change to a table the design renamed: that is a conflict', () => {
    const renamed = {
      ...base,
      tables: base.tables.map((t) => (t.name === 'users' ? { ...t, name: 'members' } : t)),
    };
    const live = addColumn(base, 'users', 'phone');
    const merge = mergeDatabaseChanges(base, live, renamed);
    expect(merge.design.tables.map((t) => t.name)).toEqual(['members', 'posts']);
    expect(columnNames(merge.design, 'members')).toEqual(['id', 'email']);
    expect(merge.conflicts).toEqual(['table public.users changed in the database but removed in the design']);
  });

  it('says what changed inside a table only the database changed, and takes its version as it is', () => {
    const live = addColumn(base, 'users', 'phone');
    const merge = mergeDatabaseChanges(base, live, addColumn(base, 'posts', 'title'));
    expect(merge.design.tables.find((t) => t.name === 'users')).toEqual(users(live));
    expect(merge.brought).toEqual(['column phone of public.users added']);
    expect(merge.conflicts).toEqual([]);
  });

  it('merges types and routines too: enum values the database gained come in', () => {
    const live = { ...base, enums: [{ schema: 'public', name: 'mood', values: ['happy', 'sad', 'calm'] }] };
    const merge = mergeDatabaseChanges(base, live, base);
    expect(merge.design.enums[0]?.values).toEqual(['happy', 'sad', 'calm']);
    expect(merge.brought).toEqual(['enum public.mood changed']);
  });

  it('names MySQL objects without the empty schema', () => {
    const mysql = { ...base, dialect: 'mysql' as const, enums: [], tables: [] };
    const live = { ...mysql, tables: [{ ...table('film', [col('id')]), schema: '' }] };
    expect(mergeDatabaseChanges(mysql, live, mysql).brought).toEqual(['table film added']);
  });
});
