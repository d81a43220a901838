import type { SequenceDef } from '@schema-studio/schema';
import { describe, expect, test } from 'vitest';
import { col, enumType, fn, model, table, upHazards, upSql, view } from './test-support.ts';

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

  test('a NOT VALID check is added by ALTER DOMAIN after CREATE DOMAIN', () => {
    const notValid = { ...domain, checks: domain.checks.map((c) => ({ ...c, notValid: true })) };
    expect(upSql(model(), model({ domains: [notValid] }))).toEqual([
      'CREATE DOMAIN public.positive AS integer DEFAULT 1 NOT NULL',
      'ALTER DOMAIN public.positive ADD CONSTRAINT positive_check CHECK ((VALUE > 0)) NOT VALID',
    ]);
  });

  test('a check calling a function is added after the function and dropped before it', () => {
    const f = fn('valid', 'v integer', 'CREATE OR REPLACE FUNCTION public.valid(v integer) ...', {
      returns: 'boolean',
    });
    const calling = { ...domain, checks: [{ name: 'valid_check', expression: 'public.valid(VALUE)' }] };
    const full = model({ domains: [calling], functions: [f] });
    expect(upSql(model(), full)).toEqual([
      'CREATE DOMAIN public.positive AS integer DEFAULT 1 NOT NULL',
      'CREATE OR REPLACE FUNCTION public.valid(v integer) ...',
      'ALTER DOMAIN public.positive ADD CONSTRAINT valid_check CHECK (public.valid(VALUE))',
    ]);
    expect(upSql(full, model())).toEqual([
      'ALTER DOMAIN public.positive DROP CONSTRAINT valid_check',
      'DROP FUNCTION public.valid(v integer)',
      'DROP DOMAIN public.positive',
    ]);
    // Renaming a parameter needs DROP + CREATE, so the check calling the function is rebuilt around it.
    const renamed = fn('valid', 'w integer', 'CREATE OR REPLACE FUNCTION public.valid(w integer) ...', {
      returns: 'boolean',
    });
    expect(upSql(full, model({ domains: [calling], functions: [renamed] }))).toEqual([
      'ALTER DOMAIN public.positive DROP CONSTRAINT valid_check',
      'DROP FUNCTION public.valid(v integer)',
      'CREATE OR REPLACE FUNCTION public.valid(w integer) ...',
      'ALTER DOMAIN public.positive ADD CONSTRAINT valid_check CHECK (public.valid(VALUE))',
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

  test('ownership moving away from a dropped table is released before the drop', () => {
    const t1 = table('t1', [col('id', 'integer')]);
    const t2 = table('t2', [col('id', 'integer')]);
    const ownedBy = (t: string) => ({ ...seq, ownedBy: { table: `public.${t}`, column: 'id' } });
    expect(
      upSql(
        model({ sequences: [ownedBy('t1')], tables: [t1] }),
        model({ sequences: [ownedBy('t2')], tables: [t2] }),
      ),
    ).toEqual([
      'ALTER SEQUENCE public.order_no OWNED BY NONE',
      'DROP TABLE public.t1',
      'CREATE TABLE public.t2 (\n  id integer\n)',
      'ALTER SEQUENCE public.order_no OWNED BY public.t2.id',
    ]);
  });

  test('bounds excluding the old start restart the sequence, as a data hazard; others keep its value', () => {
    const moved = { ...seq, start: '1000', min: '1000', max: '2000' };
    expect(upHazards(model({ sequences: [seq] }), model({ sequences: [moved] }))).toEqual([
      {
        sql: 'ALTER SEQUENCE public.order_no MINVALUE 1000 MAXVALUE 2000 START WITH 1000 RESTART',
        hazards: ['DELETES_DATA'],
        transactional: true,
      },
    ]);
    const narrowed = { ...seq, type: 'smallint', max: '32767' };
    expect(upSql(model({ sequences: [seq] }), model({ sequences: [narrowed] }))).toEqual([
      'ALTER SEQUENCE public.order_no AS smallint MAXVALUE 32767',
    ]);
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
