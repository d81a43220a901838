import type { PolicyDef, TriggerDef } from '@schema-studio/schema';
import { describe, expect, test } from 'vitest';
import { col, fn, index, model, table, upHazards, upSql, view } from './test-support.ts';

const t = table('t', [col('id', 'integer'), col('n', 'integer')]);
const fnDef = (body: string) =>
  `CREATE OR REPLACE FUNCTION public.answer()\n RETURNS integer\n LANGUAGE sql\nAS $function$${body}$function$\n`;

describe('views', () => {
  test('create views in dependency order, a matview with options, index and comments', () => {
    const v1 = view('b_base', ' SELECT t.id\n   FROM public.t;', ['public.t'], {
      options: ['security_barrier=true'],
    });
    const v2 = view('a_top', ' SELECT b_base.id\n   FROM public.b_base;', ['public.b_base'], {
      materialized: true,
      withData: false,
      indexes: [index('a_top_id', ['id'])],
      comment: 'top',
      columns: [{ name: 'id', type: 'integer', comment: 'the id' }],
    });
    expect(upSql(model({ tables: [t] }), model({ tables: [t], views: [v2, v1] }))).toEqual([
      'CREATE VIEW public.b_base WITH (security_barrier=true) AS\nSELECT t.id\n   FROM public.t',
      'CREATE MATERIALIZED VIEW public.a_top AS\nSELECT b_base.id\n   FROM public.b_base WITH NO DATA',
      'CREATE INDEX a_top_id ON public.a_top (id)',
      "COMMENT ON MATERIALIZED VIEW public.a_top IS 'top'",
      "COMMENT ON COLUMN public.a_top.id IS 'the id'",
    ]);
  });

  test('a changed view is dropped and created with its dependents; rename by hint', () => {
    const v1 = view('v1', ' SELECT t.id\n   FROM public.t;', ['public.t']);
    const v2 = view('v2', ' SELECT v1.id\n   FROM public.v1;', ['public.v1']);
    const v1b = { ...v1, definition: ' SELECT t.id,\n    t.n\n   FROM public.t;' };
    expect(upSql(model({ tables: [t], views: [v1, v2] }), model({ tables: [t], views: [v1b, v2] }))).toEqual([
      'DROP VIEW public.v2',
      'DROP VIEW public.v1',
      'CREATE VIEW public.v1 AS\nSELECT t.id,\n    t.n\n   FROM public.t',
      'CREATE VIEW public.v2 AS\nSELECT v1.id\n   FROM public.v1',
    ]);
    const renamed = { ...v2, name: 'v2_renamed' };
    const hint = { kind: 'view' as const, schema: 'public', from: 'v2', to: 'v2_renamed' };
    expect(
      upSql(model({ tables: [t], views: [v1, v2] }), model({ tables: [t], views: [v1, renamed] }), [hint]),
    ).toEqual(['ALTER VIEW public.v2 RENAME TO v2_renamed']);
  });

  test('a dropped view breaks dependents', () => {
    const v1 = view('v1', ' SELECT 1;', [], { materialized: true });
    expect(upHazards(model({ views: [v1] }), model())).toEqual([
      { sql: 'DROP MATERIALIZED VIEW public.v1', hazards: ['BREAKS_DEPENDENTS'], transactional: true },
    ]);
  });
});

describe('routines', () => {
  test('a function used by a default is created before the table', () => {
    const f = fn('answer', '', fnDef('select 42'), { comment: 'the answer' });
    const uses = table('t', [col('n', 'integer', { default: 'public.answer()' })]);
    expect(upSql(model(), model({ functions: [f], tables: [uses] }))).toEqual([
      'CREATE OR REPLACE FUNCTION public.answer()\n RETURNS integer\n LANGUAGE sql\nAS $function$select 42$function$',
      'CREATE TABLE public.t (\n  n integer DEFAULT public.answer()\n)',
      "COMMENT ON FUNCTION public.answer() IS 'the answer'",
    ]);
  });

  test('a SQL function reading a new table is created after it', () => {
    const f = fn('answer', '', fnDef('select count(*)::integer from public.t'));
    expect(upSql(model(), model({ functions: [f], tables: [t] }))).toEqual([
      'CREATE TABLE public.t (\n  id integer,\n  n integer\n)',
      'CREATE OR REPLACE FUNCTION public.answer()\n RETURNS integer\n LANGUAGE sql\nAS $function$select count(*)::integer from public.t$function$',
    ]);
  });

  test('a function over the rows of a dropped table goes first; an aggregate before its state function', () => {
    const rows = fn('rows', '', 'CREATE OR REPLACE FUNCTION public.rows() ...', {
      returns: 'SETOF public.t',
    });
    const step = fn(
      'step',
      'integer, integer',
      'CREATE OR REPLACE FUNCTION public.step(integer, integer) ...',
    );
    const total = fn(
      'total',
      'integer',
      'CREATE OR REPLACE AGGREGATE public.total(integer) (\n    SFUNC = public.step,\n    STYPE = integer\n)',
      { kind: 'aggregate' },
    );
    expect(upSql(model({ functions: [rows, step, total], tables: [t] }), model())).toEqual([
      'DROP FUNCTION public.rows()',
      'DROP TABLE public.t',
      'DROP AGGREGATE public.total(integer)',
      'DROP FUNCTION public.step(integer, integer)',
    ]);
  });

  test('a changed body is replaced; a changed result type is dropped and created; procedures drop as such', () => {
    const a = fn('answer', '', fnDef('select 42'));
    expect(
      upSql(model({ functions: [a] }), model({ functions: [fn('answer', '', fnDef('select 43'))] })),
    ).toEqual([
      'CREATE OR REPLACE FUNCTION public.answer()\n RETURNS integer\n LANGUAGE sql\nAS $function$select 43$function$',
    ]);
    const b = fn('answer', '', fnDef('select 42').replace('integer', 'bigint'), { returns: 'bigint' });
    expect(upSql(model({ functions: [a] }), model({ functions: [b] }))).toEqual([
      'DROP FUNCTION public.answer()',
      'CREATE OR REPLACE FUNCTION public.answer()\n RETURNS bigint\n LANGUAGE sql\nAS $function$select 42$function$',
    ]);
    const proc = fn('p', 'a integer', 'CREATE OR REPLACE PROCEDURE public.p(a integer) ...', {
      kind: 'procedure',
    });
    expect(upSql(model({ functions: [proc] }), model())).toEqual(['DROP PROCEDURE public.p(a integer)']);
  });
});

describe('triggers and policies', () => {
  const trigger: TriggerDef = {
    name: 't_touch',
    definition:
      'CREATE TRIGGER t_touch BEFORE UPDATE ON public.t FOR EACH ROW EXECUTE FUNCTION public.touch()',
  };
  const policy: PolicyDef = {
    name: 'mine',
    permissive: false,
    command: 'UPDATE',
    roles: ['app_user', 'Admin'],
    using: '(id = 1)',
    withCheck: '(n > 0)',
  };

  test('create on an existing table, with enabled state', () => {
    const to = model({ tables: [{ ...t, triggers: [{ ...trigger, enabled: 'R' }], policies: [policy] }] });
    expect(upHazards(model({ tables: [t] }), to)).toEqual([
      { sql: trigger.definition, hazards: ['SHARE_LOCK'], transactional: true },
      {
        sql: 'ALTER TABLE public.t ENABLE REPLICA TRIGGER t_touch',
        hazards: ['ACCESS_EXCLUSIVE_LOCK'],
        transactional: true,
      },
      {
        sql: 'CREATE POLICY mine ON public.t AS RESTRICTIVE FOR UPDATE TO app_user, "Admin" USING ((id = 1)) WITH CHECK ((n > 0))',
        hazards: ['ACCESS_EXCLUSIVE_LOCK'],
        transactional: true,
      },
    ]);
  });

  test('a changed trigger is dropped and created; policies alter when ALTER POLICY can', () => {
    const from = model({ tables: [{ ...t, triggers: [trigger], policies: [policy] }] });
    const changedTrigger = { ...trigger, definition: trigger.definition.replace('UPDATE', 'INSERT') };
    const alteredPolicy = { ...policy, roles: ['public'], using: '(id = 2)' };
    const to = model({ tables: [{ ...t, triggers: [changedTrigger], policies: [alteredPolicy] }] });
    expect(upSql(from, to)).toEqual([
      'DROP TRIGGER t_touch ON public.t',
      changedTrigger.definition,
      'ALTER POLICY mine ON public.t TO PUBLIC USING ((id = 2))',
    ]);
    const recreated = model({
      tables: [{ ...t, triggers: [trigger], policies: [{ ...policy, command: 'ALL' }] }],
    });
    expect(upSql(from, recreated)).toEqual([
      'DROP POLICY mine ON public.t',
      'CREATE POLICY mine ON public.t AS RESTRICTIVE TO app_user, "Admin" USING ((id = 1)) WITH CHECK ((n > 0))',
    ]);
  });
});

describe('policies on retyped columns', () => {
  test('a policy using a retyped column is dropped and created around the change', () => {
    const policy: PolicyDef = { name: 'own', permissive: true, command: 'ALL', roles: [], using: '(n = 1)' };
    const other: PolicyDef = { ...policy, name: 'other', using: '(id = 1)' };
    const from = model({ tables: [{ ...t, policies: [other, policy] }] });
    const retyped = table('t', [col('id', 'integer'), col('n', 'bigint')], {
      policies: [other, { ...policy, using: '(n = 1::bigint)' }],
    });
    expect(upSql(from, model({ tables: [retyped] }))).toEqual([
      'DROP POLICY own ON public.t',
      'ALTER TABLE public.t ALTER COLUMN n TYPE bigint USING n::bigint',
      'CREATE POLICY own ON public.t USING ((n = 1::bigint))',
    ]);
  });
});

describe('namespaces and comments', () => {
  test('schemas, extensions, collations and comments on them', () => {
    const to = model({
      schemas: [
        { name: 'public', comment: 'standard public schema' },
        { name: 'Sales', comment: 'sales data' },
      ],
      extensions: [{ name: 'citext', schema: 'public', comment: 'ci text' }],
      collations: [
        {
          schema: 'public',
          name: 'nocase',
          provider: 'icu',
          locale: 'und-u-ks-level2',
          deterministic: false,
        },
      ],
    });
    // `public` exists in every new database (the empty model has it): it is never created.
    expect(upSql(model(), to)).toEqual([
      'CREATE SCHEMA "Sales"',
      'CREATE EXTENSION citext WITH SCHEMA public',
      "CREATE COLLATION public.nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false)",
      'COMMENT ON SCHEMA "Sales" IS \'sales data\'',
      "COMMENT ON EXTENSION citext IS 'ci text'",
    ]);
  });

  test('comments on constraints, indexes, triggers, policies, sequences, types; removal is IS NULL', () => {
    const from = model({
      tables: [
        {
          ...t,
          checks: [{ name: 'c', expression: '(n > 0)', comment: 'positive' }],
          indexes: [index('i', ['n'])],
        },
      ],
    });
    const to = model({
      tables: [
        {
          ...t,
          checks: [{ name: 'c', expression: '(n > 0)' }],
          indexes: [index('i', ['n'], { comment: 'by n' })],
        },
      ],
    });
    expect(upSql(from, to)).toEqual([
      'COMMENT ON CONSTRAINT c ON public.t IS NULL',
      "COMMENT ON INDEX public.i IS 'by n'",
    ]);
  });
});
