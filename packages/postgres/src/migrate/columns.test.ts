import { describe, expect, test } from 'vitest';
import { col, IDENTITY_BIGINT, model, table, upHazards, upSql, view } from './test-support.ts';

const t = (...columns: ReturnType<typeof col>[]) => model({ tables: [table('users', columns)] });
const id = col('id', 'bigint', { nullable: false });

describe('columns', () => {
  test('add column, with hazards by default kind', () => {
    const before = t(id);
    const after = t(
      id,
      col('email', 'text'),
      col('token', 'uuid', { default: 'gen_random_uuid()' }),
      col('flag', 'boolean', { nullable: false }),
    );
    expect(upHazards(before, after)).toEqual([
      {
        sql: 'ALTER TABLE public.users ADD COLUMN email text',
        hazards: ['ACCESS_EXCLUSIVE_LOCK'],
        transactional: true,
      },
      {
        sql: 'ALTER TABLE public.users ADD COLUMN token uuid DEFAULT gen_random_uuid()',
        hazards: ['ACCESS_EXCLUSIVE_LOCK', 'TABLE_REWRITE'],
        transactional: true,
      },
      {
        sql: 'ALTER TABLE public.users ADD COLUMN flag boolean NOT NULL',
        hazards: ['ACCESS_EXCLUSIVE_LOCK', 'VALIDATION_SCAN'],
        transactional: true,
      },
    ]);
  });

  test('drop column deletes data', () => {
    const plan = upHazards(t(id, col('email', 'text')), t(id));
    expect(plan).toEqual([
      {
        sql: 'ALTER TABLE public.users DROP COLUMN email',
        hazards: ['DELETES_DATA', 'ACCESS_EXCLUSIVE_LOCK'],
        transactional: true,
      },
    ]);
  });

  test('rename needs a hint; without one it is drop + add', () => {
    const before = t(id, col('mail', 'text'));
    const after = t(id, col('email', 'text'));
    const hint = { kind: 'column' as const, schema: 'public', table: 'users', from: 'mail', to: 'email' };
    expect(upSql(before, after, [hint])).toEqual(['ALTER TABLE public.users RENAME COLUMN mail TO email']);
    expect(upSql(before, after)).toEqual([
      'ALTER TABLE public.users DROP COLUMN mail',
      'ALTER TABLE public.users ADD COLUMN email text',
    ]);
  });

  test('a renamed column whose type changes is renamed, then altered', () => {
    const before = t(id, col('n', 'integer'));
    const after = t(id, col('count', 'bigint'));
    const hint = { kind: 'column' as const, schema: 'public', table: 'users', from: 'n', to: 'count' };
    expect(upSql(before, after, [hint])).toEqual([
      'ALTER TABLE public.users RENAME COLUMN n TO count',
      'ALTER TABLE public.users ALTER COLUMN count TYPE bigint USING count::bigint',
    ]);
  });

  test('type change rebuilds dependent views (transitively) around it', () => {
    const v1 = view('v1', ' SELECT users.n\n   FROM public.users;', ['public.users']);
    const v2 = view('v2', ' SELECT v1.n\n   FROM public.v1;', ['public.v1']);
    const unrelated = view('v3', ' SELECT 1;', []);
    const before = { ...t(id, col('n', 'integer', { default: '0' })), views: [v1, v2, unrelated] };
    const after = { ...t(id, col('n', 'text', { default: "'0'::text" })), views: [v1, v2, unrelated] };
    expect(upHazards(before, after)).toEqual([
      { sql: 'DROP VIEW public.v2', hazards: [], transactional: true },
      { sql: 'DROP VIEW public.v1', hazards: [], transactional: true },
      {
        sql: 'ALTER TABLE public.users ALTER COLUMN n DROP DEFAULT',
        hazards: ['ACCESS_EXCLUSIVE_LOCK'],
        transactional: true,
      },
      {
        sql: 'ALTER TABLE public.users ALTER COLUMN n TYPE text USING n::text',
        hazards: ['ACCESS_EXCLUSIVE_LOCK', 'TABLE_REWRITE'],
        transactional: true,
      },
      {
        sql: "ALTER TABLE public.users ALTER COLUMN n SET DEFAULT '0'::text",
        hazards: ['ACCESS_EXCLUSIVE_LOCK'],
        transactional: true,
      },
      {
        sql: 'CREATE VIEW public.v1 AS\nSELECT users.n\n   FROM public.users',
        hazards: [],
        transactional: true,
      },
      { sql: 'CREATE VIEW public.v2 AS\nSELECT v1.n\n   FROM public.v1', hazards: [], transactional: true },
    ]);
  });

  test('binary-compatible widening needs no USING and no rewrite; narrowing may lose data', () => {
    const widen = upHazards(t(col('s', 'character varying(10)')), t(col('s', 'character varying(20)')));
    expect(widen).toEqual([
      {
        sql: 'ALTER TABLE public.users ALTER COLUMN s TYPE character varying(20)',
        hazards: ['ACCESS_EXCLUSIVE_LOCK'],
        transactional: true,
      },
    ]);
    const narrow = upHazards(t(col('s', 'text')), t(col('s', 'character varying(5)')));
    expect(narrow[0]?.hazards).toEqual(['ACCESS_EXCLUSIVE_LOCK', 'TABLE_REWRITE', 'DELETES_DATA']);
    expect(upHazards(t(col('n', 'integer')), t(col('n', 'bigint')))[0]?.hazards).toEqual([
      'ACCESS_EXCLUSIVE_LOCK',
      'TABLE_REWRITE',
    ]);
  });

  test('nullability and defaults', () => {
    const before = t(col('a', 'integer'), col('b', 'integer', { nullable: false, default: '1' }));
    const after = t(col('a', 'integer', { nullable: false, default: '0' }), col('b', 'integer'));
    expect(upHazards(before, after)).toEqual([
      {
        sql: 'ALTER TABLE public.users ALTER COLUMN a SET DEFAULT 0',
        hazards: ['ACCESS_EXCLUSIVE_LOCK'],
        transactional: true,
      },
      {
        sql: 'ALTER TABLE public.users ALTER COLUMN a SET NOT NULL',
        hazards: ['ACCESS_EXCLUSIVE_LOCK', 'VALIDATION_SCAN'],
        transactional: true,
      },
      {
        sql: 'ALTER TABLE public.users ALTER COLUMN b DROP DEFAULT',
        hazards: ['ACCESS_EXCLUSIVE_LOCK'],
        transactional: true,
      },
      {
        sql: 'ALTER TABLE public.users ALTER COLUMN b DROP NOT NULL',
        hazards: ['ACCESS_EXCLUSIVE_LOCK'],
        transactional: true,
      },
    ]);
  });

  test('identity add, alter and drop', () => {
    const plain = t(col('id', 'bigint', { nullable: false }));
    const identity = t(col('id', 'bigint', { nullable: false, identity: IDENTITY_BIGINT }));
    const altered = t(
      col('id', 'bigint', {
        nullable: false,
        identity: { ...IDENTITY_BIGINT, generation: 'by default', increment: '5', cycle: true },
      }),
    );
    expect(upSql(plain, identity)).toEqual([
      'ALTER TABLE public.users ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY',
    ]);
    expect(upSql(identity, altered)).toEqual([
      'ALTER TABLE public.users ALTER COLUMN id SET GENERATED BY DEFAULT SET INCREMENT BY 5 SET CYCLE',
    ]);
    expect(upSql(identity, plain)).toEqual(['ALTER TABLE public.users ALTER COLUMN id DROP IDENTITY']);
  });

  test('a nullable column becoming identity is made NOT NULL first', () => {
    const before = t(col('id', 'integer'));
    const after = t(
      col('id', 'integer', { nullable: false, identity: { ...IDENTITY_BIGINT, max: '2147483647' } }),
    );
    expect(upSql(before, after)).toEqual([
      'ALTER TABLE public.users ALTER COLUMN id SET NOT NULL',
      'ALTER TABLE public.users ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY',
    ]);
  });

  test('a changed generated expression is drop + add', () => {
    const before = t(col('a', 'integer'), col('g', 'integer', { generated: '(a + 1)' }));
    const after = t(col('a', 'integer'), col('g', 'integer', { generated: '(a + 2)' }));
    expect(upHazards(before, after)).toEqual([
      {
        sql: 'ALTER TABLE public.users DROP COLUMN g',
        hazards: ['DELETES_DATA', 'ACCESS_EXCLUSIVE_LOCK'],
        transactional: true,
      },
      {
        sql: 'ALTER TABLE public.users ADD COLUMN g integer GENERATED ALWAYS AS ((a + 2)) STORED',
        hazards: ['ACCESS_EXCLUSIVE_LOCK', 'TABLE_REWRITE'],
        transactional: true,
      },
    ]);
  });

  test('retyping a generated column has no USING: PostgreSQL recomputes it', () => {
    const before = t(col('a', 'integer'), col('g', 'integer', { generated: '(a * 2)' }));
    const after = t(col('a', 'integer'), col('g', 'bigint', { generated: '(a * 2)' }));
    expect(upSql(before, after)).toEqual(['ALTER TABLE public.users ALTER COLUMN g TYPE bigint']);
  });

  test('an identity narrows its bounds before its type narrows, and widens them after its type widens', () => {
    const wide = t(
      col('id', 'bigint', { nullable: false, identity: { ...IDENTITY_BIGINT, max: '5000000000' } }),
    );
    const narrow = t(
      col('id', 'integer', { nullable: false, identity: { ...IDENTITY_BIGINT, max: '2147483647' } }),
    );
    expect(upSql(wide, narrow)).toEqual([
      'ALTER TABLE public.users ALTER COLUMN id SET MAXVALUE 2147483647',
      'ALTER TABLE public.users ALTER COLUMN id TYPE integer USING id::integer',
    ]);
    expect(upSql(narrow, wide)).toEqual([
      'ALTER TABLE public.users ALTER COLUMN id TYPE bigint USING id::bigint',
      'ALTER TABLE public.users ALTER COLUMN id SET MAXVALUE 5000000000',
    ]);
  });

  test('identity bounds excluding the old start restart it, as a data hazard', () => {
    const low = t(col('id', 'bigint', { nullable: false, identity: { ...IDENTITY_BIGINT, max: '50' } }));
    const high = t(
      col('id', 'bigint', {
        nullable: false,
        identity: { ...IDENTITY_BIGINT, start: '100', min: '100', max: '200' },
      }),
    );
    expect(upHazards(low, high)).toEqual([
      {
        sql: 'ALTER TABLE public.users ALTER COLUMN id SET MINVALUE 100 SET MAXVALUE 200 SET START WITH 100 RESTART',
        hazards: ['ACCESS_EXCLUSIVE_LOCK', 'DELETES_DATA'],
        transactional: true,
      },
    ]);
  });

  test('column comments, set and removed', () => {
    const before = t(col('a', 'integer', { comment: 'old' }), col('b', 'integer', { comment: 'gone' }));
    const after = t(col('a', 'integer', { comment: "it's new" }), col('b', 'integer'));
    expect(upSql(before, after)).toEqual([
      "COMMENT ON COLUMN public.users.a IS 'it''s new'",
      'COMMENT ON COLUMN public.users.b IS NULL',
    ]);
  });
});
