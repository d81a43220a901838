import type { SchemaModel } from '@schema-studio/schema';
import { describe, expect, it } from 'vitest';
import { filterModel } from './filter.ts';
import { col, fk, model, table } from './testing/models.ts';

function sample(): SchemaModel {
  return model({
    schemas: [{ name: 'audit' }, { name: 'empty' }, { name: 'public' }],
    enums: [{ schema: 'audit', name: 'level', values: ['a'] }],
    tables: [
      table('log', [col('id', 'integer')], { schema: 'audit' }),
      table('tmp_import', [col('id', 'integer')]),
      table('users', [col('id', 'integer')]),
      table('Users2', [col('id', 'integer'), col('user_id', 'integer')], {
        foreignKeys: [fk('Users2', ['user_id'], 'users')],
      }),
    ],
  });
}

const names = (m: SchemaModel) => m.tables.map((t) => `${t.schema}.${t.name}`);

describe('filterModel', () => {
  it('returns the model itself without patterns', () => {
    const m = sample();
    expect(filterModel(m)).toBe(m);
    expect(filterModel(m, [], [])).toBe(m);
  });

  it('keeps only what include matches: a bare name is a schema', () => {
    const m = filterModel(sample(), ['audit']);
    expect(names(m)).toEqual(['audit.log']);
    expect(m.enums.map((e) => e.name)).toEqual(['level']);
    expect(m.schemas.map((s) => s.name)).toEqual(['audit']);
  });

  it('matches schema.table with * and ?, case-sensitively', () => {
    expect(names(filterModel(sample(), ['public.*']))).toEqual([
      'public.tmp_import',
      'public.users',
      'public.Users2',
    ]);
    expect(names(filterModel(sample(), ['public.?sers']))).toEqual(['public.users']);
    expect(names(filterModel(sample(), ['public.U*']))).toEqual(['public.Users2']);
  });

  it('removes what exclude matches, after include', () => {
    expect(names(filterModel(sample(), undefined, ['*.tmp_*', 'audit']))).toEqual([
      'public.users',
      'public.Users2',
    ]);
    expect(names(filterModel(sample(), ['public.*'], ['public.users']))).toEqual([
      'public.tmp_import',
      'public.Users2',
    ]);
  });

  it('keeps a schema the patterns select even when nothing in it is left, and drops an excluded one', () => {
    expect(filterModel(sample(), undefined, ['*.tmp_*']).schemas.map((s) => s.name)).toEqual([
      'audit',
      'empty',
      'public',
    ]);
    expect(filterModel(sample(), undefined, ['empty']).schemas.map((s) => s.name)).toEqual([
      'audit',
      'public',
    ]);
    expect(filterModel(sample(), ['public.*']).schemas.map((s) => s.name)).toEqual(['public']);
  });

  it('keeps foreign keys to tables that were left out', () => {
    const m = filterModel(sample(), ['public.Users2']);
    expect(m.tables[0]?.foreignKeys.map((k) => k.refTable)).toEqual(['users']);
  });

  it('treats regular-expression characters in patterns literally', () => {
    expect(names(filterModel(sample(), ['public.user.']))).toEqual([]);
    expect(names(filterModel(sample(), ['(public).*']))).toEqual([]);
  });
});
