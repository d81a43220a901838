import { describe, expect, it } from 'vitest';
import { checkExpression } from './map-constraints.ts';
import { toIndexKey } from './map-indexes.ts';
import { trimViewDefinition } from './map-relations.ts';
import { defaultMultirangeName } from './map-types.ts';

describe('checkExpression', () => {
  it('strips exactly CHECK ( and the final )', () => {
    expect(checkExpression('CHECK ((price > (0)::numeric))')).toBe('(price > (0)::numeric)');
  });

  it('drops trailing NOT VALID, NO INHERIT and NOT ENFORCED clauses first', () => {
    expect(checkExpression('CHECK ((a > 0)) NO INHERIT NOT VALID')).toBe('(a > 0)');
    expect(checkExpression('CHECK ((a > 0)) NOT ENFORCED')).toBe('(a > 0)');
  });

  it('throws on a shape pg_get_constraintdef never produces', () => {
    expect(() => checkExpression('UNIQUE (a)')).toThrow(/unexpected CHECK/);
  });
});

describe('toIndexKey', () => {
  const key = { column: 'a', expression: false, opclass: null, collation: null };

  it('omits nullsFirst when it is the default for the direction', () => {
    expect(toIndexKey({ ...key, descending: false, nulls_first: false })).toEqual({ column: 'a' });
    expect(toIndexKey({ ...key, descending: true, nulls_first: true })).toEqual({
      column: 'a',
      descending: true,
    });
  });

  it('stores nullsFirst against the default', () => {
    expect(toIndexKey({ ...key, descending: false, nulls_first: true })).toEqual({
      column: 'a',
      nullsFirst: true,
    });
    expect(toIndexKey({ ...key, descending: true, nulls_first: false })).toEqual({
      column: 'a',
      descending: true,
      nullsFirst: false,
    });
  });
});

describe('trimViewDefinition', () => {
  it('removes the surrounding whitespace and the final semicolon', () => {
    expect(trimViewDefinition(' SELECT 1 AS x;\n')).toBe('SELECT 1 AS x');
  });
});

describe('defaultMultirangeName', () => {
  it('follows CREATE TYPE ... AS RANGE', () => {
    expect(defaultMultirangeName('floatrange')).toBe('floatmultirange');
    expect(defaultMultirangeName('text_span')).toBe('text_span_multirange');
  });
});
