import type { SequenceDef } from '@schema-studio/schema';
import { describe, expect, test } from 'vitest';
import { col, enumType, model, table, upHazards, upSql, view } from './test-support.ts';

const mood = (values: string[]) => enumType('mood', values);
const people = (type = 'public.mood') =>
  table('people', [
    col('id', 'integer'),
    col('m', type, { default: "'ok'::public.mood" }),
    col('ms', `${type}[]`),
  ]);

describe('enums', () => {
  test('create, and a new table using it comes after it', () => {
    expect(upSql(model(), model({ tables: [people()], enums: [mood(['ok', "it's"])] }))).toEqual([
      "CREATE TYPE public.mood AS ENUM ('ok', 'it''s')",
      "CREATE TABLE public.people (\n  id integer,\n  m public.mood DEFAULT 'ok'::public.mood,\n  ms public.mood[]\n)",
    ]);
  });

  test('added values go in place, outside a transaction', () => {
    const plan = upHazards(
      model({ enums: [mood(['b', 'd'])] }),
      model({ enums: [mood(['a', 'b', 'c', 'd', 'e', 'f'])] }),
    );
    expect(plan).toEqual(
      [
        "ALTER TYPE public.mood ADD VALUE 'a' BEFORE 'b'",
        "ALTER TYPE public.mood ADD VALUE 'c' AFTER 'b'",
        "ALTER TYPE public.mood ADD VALUE 'e'",
        "ALTER TYPE public.mood ADD VALUE 'f'",
      ].map((sql) => ({ sql, hazards: ['NOT_TRANSACTIONAL'], transactional: false })),
    );
  });

  test('removing a value replaces the type, converting columns and rebuilding views', () => {
    const v = view('v', ' SELECT people.m\n   FROM public.people;', ['public.people']);
    const from = model({ enums: [mood(['ok', 'meh', 'sad'])], tables: [people()], views: [v] });
    const to = model({ enums: [mood(['sad', 'ok'])], tables: [people()], views: [v] });
    expect(upHazards(from, to)).toEqual([
      { sql: 'DROP VIEW public.v', hazards: [], transactional: true },
      { sql: 'ALTER TYPE public.mood RENAME TO mood__old', hazards: ['DELETES_DATA'], transactional: true },
      { sql: "CREATE TYPE public.mood AS ENUM ('sad', 'ok')", hazards: [], transactional: true },
      {
        sql: 'ALTER TABLE public.people ALTER COLUMN m DROP DEFAULT',
        hazards: ['ACCESS_EXCLUSIVE_LOCK'],
        transactional: true,
      },
      {
        sql: 'ALTER TABLE public.people ALTER COLUMN m TYPE public.mood USING m::text::public.mood',
        hazards: ['ACCESS_EXCLUSIVE_LOCK', 'TABLE_REWRITE'],
        transactional: true,
      },
      {
        sql: "ALTER TABLE public.people ALTER COLUMN m SET DEFAULT 'ok'::public.mood",
        hazards: ['ACCESS_EXCLUSIVE_LOCK'],
        transactional: true,
      },
      {
        sql: 'ALTER TABLE public.people ALTER COLUMN ms TYPE public.mood[] USING ms::text[]::public.mood[]',
        hazards: ['ACCESS_EXCLUSIVE_LOCK', 'TABLE_REWRITE'],
        transactional: true,
      },
      { sql: 'DROP TYPE public.mood__old', hazards: [], transactional: true },
      {
        sql: 'CREATE VIEW public.v AS\nSELECT people.m\n   FROM public.people',
        hazards: [],
        transactional: true,
      },
    ]);
  });

  test('rename by hint; without a hint drop + create', () => {
    const from = model({ enums: [mood(['a'])] });
    const to = model({ enums: [enumType('feeling', ['a'])] });
    expect(upSql(from, to, [{ kind: 'enum', schema: 'public', from: 'mood', to: 'feeling' }])).toEqual([
      'ALTER TYPE public.mood RENAME TO feeling',
    ]);
    expect(upSql(from, to)).toEqual(["CREATE TYPE public.feeling AS ENUM ('a')", 'DROP TYPE public.mood']);
  });

  test('a column leaving a dropped enum is converted before the enum goes', () => {
    const from = model({ enums: [mood(['ok'])], tables: [table('t', [col('m', 'public.mood')])] });
    const to = model({ tables: [table('t', [col('m', 'text')])] });
    expect(upSql(from, to)).toEqual([
      'ALTER TABLE public.t ALTER COLUMN m TYPE text USING m::text',
      'DROP TYPE public.mood',
    ]);
  });
});

describe('domains, composites and ranges', () => {
  const domain = {
    schema: 'public',
    name: 'positive',
    type: 'integer',
    notNull: true,
    default: '1',
    checks: [{ name: 'positive_check', expression: '(VALUE > 0)' }],
  };

  test('domain create with checks, and a table using it after it', () => {
    const to = model({ domains: [domain], tables: [table('t', [col('n', 'public.positive')])] });
    expect(upSql(model(), to)).toEqual([
      'CREATE DOMAIN public.positive AS integer DEFAULT 1 NOT NULL CONSTRAINT positive_check CHECK ((VALUE > 0))',
      'CREATE TABLE public.t (\n  n public.positive\n)',
    ]);
  });

  test('domain alterations', () => {
    const to = {
      ...domain,
      notNull: false,
      default: undefined,
      checks: [{ name: 'small', expression: '(VALUE < 100)', comment: 'upper bound' }],
    };
    expect(upSql(model({ domains: [domain] }), model({ domains: [to] }))).toEqual([
      'ALTER DOMAIN public.positive DROP CONSTRAINT positive_check',
      'ALTER DOMAIN public.positive DROP DEFAULT',
      'ALTER DOMAIN public.positive DROP NOT NULL',
      'ALTER DOMAIN public.positive ADD CONSTRAINT small CHECK ((VALUE < 100))',
      "COMMENT ON CONSTRAINT small ON DOMAIN public.positive IS 'upper bound'",
    ]);
  });

  test('a domain over a composite over an enum is created in dependency order', () => {
    const composite = {
      schema: 'public',
      name: 'pair',
      attributes: [
        { name: 'm', type: 'public.mood' },
        { name: 'label', type: 'text', collation: 'C' },
      ],
    };
    const overPair = {
      ...domain,
      name: 'a_pair',
      type: 'public.pair',
      notNull: false,
      default: undefined,
      checks: [],
    };
    const to = model({ domains: [overPair], compositeTypes: [composite], enums: [mood(['ok'])] });
    expect(upSql(model(), to)).toEqual([
      "CREATE TYPE public.mood AS ENUM ('ok')",
      'CREATE TYPE public.pair AS (m public.mood, label text COLLATE "C")',
      'CREATE DOMAIN public.a_pair AS public.pair',
    ]);
    expect(upSql(to, model())).toEqual([
      'DROP DOMAIN public.a_pair',
      'DROP TYPE public.pair',
      'DROP TYPE public.mood',
    ]);
  });

  test('composite attributes added, altered and dropped; reordering recreates', () => {
    const a = {
      schema: 'public',
      name: 'pair',
      attributes: [
        { name: 'x', type: 'integer' },
        { name: 'y', type: 'integer' },
      ],
    };
    const b = {
      ...a,
      attributes: [
        { name: 'x', type: 'bigint' },
        { name: 'z', type: 'text' },
      ],
    };
    expect(upSql(model({ compositeTypes: [a] }), model({ compositeTypes: [b] }))).toEqual([
      'ALTER TYPE public.pair DROP ATTRIBUTE y',
      'ALTER TYPE public.pair ALTER ATTRIBUTE x TYPE bigint',
      'ALTER TYPE public.pair ADD ATTRIBUTE z text',
    ]);
    const reordered = {
      ...a,
      attributes: [
        { name: 'y', type: 'integer' },
        { name: 'x', type: 'integer' },
      ],
    };
    expect(upSql(model({ compositeTypes: [a] }), model({ compositeTypes: [reordered] }))).toEqual([
      'DROP TYPE public.pair',
      'CREATE TYPE public.pair AS (y integer, x integer)',
    ]);
  });

  test('range type', () => {
    const range = {
      schema: 'public',
      name: 'floatrange',
      subtype: 'double precision',
      subtypeDiff: 'float8mi',
    };
    expect(upSql(model(), model({ rangeTypes: [range] }))).toEqual([
      'CREATE TYPE public.floatrange AS RANGE (SUBTYPE = double precision, SUBTYPE_DIFF = float8mi)',
    ]);
  });
});

describe('sequences', () => {
  const seq: SequenceDef = {
    schema: 'public',
    name: 'order_no',
    type: 'integer',
    start: '100',
    increment: '1',
    min: '1',
    max: '2147483647',
    cache: '1',
    cycle: false,
  };

  test('create with its options, owned by a new table after the table', () => {
    const t = table('orders', [col('no', 'integer', { default: "nextval('public.order_no'::regclass)" })]);
    const owned = { ...seq, ownedBy: { table: 'public.orders', column: 'no' } };
    expect(upSql(model(), model({ sequences: [owned], tables: [t] }))).toEqual([
      'CREATE SEQUENCE public.order_no AS integer START WITH 100',
      "CREATE TABLE public.orders (\n  no integer DEFAULT nextval('public.order_no'::regclass)\n)",
      'ALTER SEQUENCE public.order_no OWNED BY public.orders.no',
    ]);
    // Dropping the table drops the sequence it owns: no DROP SEQUENCE.
    expect(upSql(model({ sequences: [owned], tables: [t] }), model())).toEqual(['DROP TABLE public.orders']);
  });

  test('alter, unlogged, rename and drop', () => {
    const altered = {
      ...seq,
      type: 'bigint',
      max: '9223372036854775807',
      increment: '2',
      cycle: true,
      unlogged: true,
    };
    expect(upSql(model({ sequences: [seq] }), model({ sequences: [altered] }))).toEqual([
      'ALTER SEQUENCE public.order_no AS bigint INCREMENT BY 2 MAXVALUE 9223372036854775807 CYCLE',
      'ALTER SEQUENCE public.order_no SET UNLOGGED',
    ]);
    const renamed = { ...seq, name: 'order_number' };
    expect(
      upSql(model({ sequences: [seq] }), model({ sequences: [renamed] }), [
        { kind: 'sequence', schema: 'public', from: 'order_no', to: 'order_number' },
      ]),
    ).toEqual(['ALTER SEQUENCE public.order_no RENAME TO order_number']);
    expect(upHazards(model({ sequences: [seq] }), model())).toEqual([
      { sql: 'DROP SEQUENCE public.order_no', hazards: ['BREAKS_DEPENDENTS'], transactional: true },
    ]);
  });
});
