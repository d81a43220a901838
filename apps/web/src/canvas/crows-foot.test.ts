import { type ForeignKeyDef, foreignKey, type TableDef } from '@schema-studio/schema';
import { describe, expect, it } from 'vitest';
import { markerId, relationEnds } from './crows-foot.ts';

const fk: ForeignKeyDef = foreignKey('posts', ['user_id'], {
  schema: 'public',
  table: 'users',
  columns: ['id'],
});

function posts(nullable: boolean, extra: Partial<TableDef> = {}): TableDef {
  return {
    schema: 'public',
    name: 'posts',
    columns: [
      { name: 'id', type: 'integer', nullable: false },
      { name: 'user_id', type: 'integer', nullable },
    ],
    primaryKey: { name: 'posts_pkey', columns: ['id'] },
    foreignKeys: [fk],
    uniques: [],
    checks: [],
    exclusions: [],
    indexes: [],
    triggers: [],
    policies: [],
    ...extra,
  };
}

describe('crow\u2019s-foot ends', () => {
  it('nullable FK: zero-or-one parent, zero-or-many children', () => {
    const ends = relationEnds(posts(true), fk);
    expect(markerId(ends.parent)).toBe('cf-one-optional');
    expect(markerId(ends.child)).toBe('cf-many-optional');
  });
  it('NOT NULL FK: exactly one parent', () => {
    expect(markerId(relationEnds(posts(false), fk).parent)).toBe('cf-one-mandatory');
  });
  it('unique FK columns: one-to-one (constraint, unique index, or the primary key)', () => {
    const unique = posts(false, { uniques: [{ name: 'u', columns: ['user_id'] }] });
    expect(markerId(relationEnds(unique, fk).child)).toBe('cf-one-optional');
    const index = posts(false, {
      indexes: [{ name: 'i', unique: true, method: 'btree', keys: [{ column: 'user_id' }] }],
    });
    expect(relationEnds(index, fk).child.cardinality).toBe('one');
    const partial = posts(false, {
      indexes: [{ name: 'i', unique: true, method: 'btree', keys: [{ column: 'user_id' }], where: 'id > 0' }],
    });
    expect(relationEnds(partial, fk).child.cardinality).toBe('many');
    const pk = posts(false, { primaryKey: { name: 'p', columns: ['user_id'] } });
    expect(relationEnds(pk, fk).child.cardinality).toBe('one');
  });
});
