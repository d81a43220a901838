import type { ForeignKeyDef } from '@schema-studio/schema';
import { describe, expect, test } from 'vitest';
import { col, index, model, pk, table, upHazards, upSql, withTable } from './test-support.ts';

const fk: ForeignKeyDef = {
  name: 'orders_user_id_fkey',
  columns: ['user_id'],
  refSchema: 'public',
  refTable: 'users',
  refColumns: ['id'],
  onUpdate: 'no action',
  onDelete: 'set null',
  match: 'simple',
  deferrable: true,
  initiallyDeferred: true,
};
const users = table('users', [col('id', 'bigint', { nullable: false })], { primaryKey: pk('users', 'id') });
const orders = table('orders', [col('id', 'bigint', { nullable: false }), col('user_id', 'bigint')]);
const base = model({ tables: [orders, users] });
const withOrders = (edit: Parameters<typeof withTable>[2]) => withTable(base, 'orders', edit);

describe('constraints', () => {
  test('foreign key on an existing table: NOT VALID, then VALIDATE', () => {
    expect(
      upHazards(
        base,
        withOrders((t) => ({ ...t, foreignKeys: [fk] })),
      ),
    ).toEqual([
      {
        sql: 'ALTER TABLE public.orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users (id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED NOT VALID',
        hazards: ['SHARE_LOCK'],
        transactional: true,
      },
      {
        sql: 'ALTER TABLE public.orders VALIDATE CONSTRAINT orders_user_id_fkey',
        hazards: ['VALIDATION_SCAN'],
        transactional: true,
      },
    ]);
  });

  test('foreign key on an existing partitioned table: plain, since NOT VALID is refused there', () => {
    const partitioned = withOrders((t) => ({ ...t, partitionBy: 'RANGE (id)' }));
    const to = withTable(partitioned, 'orders', (t) => ({ ...t, foreignKeys: [fk] }));
    expect(upHazards(partitioned, to)).toEqual([
      {
        sql: 'ALTER TABLE public.orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users (id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED',
        hazards: ['SHARE_LOCK', 'VALIDATION_SCAN'],
        transactional: true,
      },
    ]);
  });

  test('foreign key between two new tables: plain, after both tables', () => {
    const to = model({
      tables: [{ ...orders, foreignKeys: [{ ...fk, deferrable: false, initiallyDeferred: false }] }, users],
    });
    expect(upHazards(model(), to)).toEqual([
      { sql: expect.stringMatching(/^CREATE TABLE public.orders/), hazards: [], transactional: true },
      { sql: expect.stringMatching(/^CREATE TABLE public.users/), hazards: [], transactional: true },
      {
        sql: 'ALTER TABLE public.orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users (id) ON DELETE SET NULL',
        hazards: [],
        transactional: true,
      },
    ]);
  });

  test('check on an existing table: NOT VALID, then VALIDATE; a NOT VALID check stays unvalidated', () => {
    const check = { name: 'id_positive', expression: '(id > 0)' };
    expect(
      upSql(
        base,
        withOrders((t) => ({ ...t, checks: [check] })),
      ),
    ).toEqual([
      'ALTER TABLE public.orders ADD CONSTRAINT id_positive CHECK ((id > 0)) NOT VALID',
      'ALTER TABLE public.orders VALIDATE CONSTRAINT id_positive',
    ]);
    expect(
      upSql(
        base,
        withOrders((t) => ({ ...t, checks: [{ ...check, notValid: true }] })),
      ),
    ).toEqual(['ALTER TABLE public.orders ADD CONSTRAINT id_positive CHECK ((id > 0)) NOT VALID']);
    const unvalidated = withOrders((t) => ({ ...t, checks: [{ ...check, notValid: true }] }));
    expect(
      upSql(
        unvalidated,
        withOrders((t) => ({ ...t, checks: [check] })),
      ),
    ).toEqual(['ALTER TABLE public.orders VALIDATE CONSTRAINT id_positive']);
  });

  test('unique, primary key and exclusion on an existing table build an index', () => {
    const to = withOrders((t) => ({
      ...t,
      primaryKey: pk('orders', 'id'),
      uniques: [{ name: 'orders_user_key', columns: ['user_id', 'id'], deferrable: true }],
      exclusions: [{ name: 'orders_excl', definition: 'EXCLUDE USING btree (user_id WITH =)' }],
    }));
    expect(upHazards(base, to)).toEqual([
      {
        sql: 'ALTER TABLE public.orders ADD CONSTRAINT orders_pkey PRIMARY KEY (id)',
        hazards: ['ACCESS_EXCLUSIVE_LOCK', 'INDEX_BUILD'],
        transactional: true,
      },
      {
        sql: 'ALTER TABLE public.orders ADD CONSTRAINT orders_user_key UNIQUE (user_id, id) DEFERRABLE',
        hazards: ['ACCESS_EXCLUSIVE_LOCK', 'INDEX_BUILD'],
        transactional: true,
      },
      {
        sql: 'ALTER TABLE public.orders ADD CONSTRAINT orders_excl EXCLUDE USING btree (user_id WITH =)',
        hazards: ['ACCESS_EXCLUSIVE_LOCK', 'INDEX_BUILD'],
        transactional: true,
      },
    ]);
  });

  test('changed exclusion and check constraints are dropped and added', () => {
    const from = withOrders((t) => ({
      ...t,
      exclusions: [{ name: 'ex', definition: 'EXCLUDE USING btree (id WITH =)' }],
    }));
    const to = withOrders((t) => ({
      ...t,
      exclusions: [{ name: 'ex', definition: 'EXCLUDE USING btree (user_id WITH =)' }],
    }));
    expect(upHazards(from, to)).toEqual([
      {
        sql: 'ALTER TABLE public.orders DROP CONSTRAINT ex',
        hazards: ['ACCESS_EXCLUSIVE_LOCK', 'INDEX_DROPPED'],
        transactional: true,
      },
      {
        sql: 'ALTER TABLE public.orders ADD CONSTRAINT ex EXCLUDE USING btree (user_id WITH =)',
        hazards: ['ACCESS_EXCLUSIVE_LOCK', 'INDEX_BUILD'],
        transactional: true,
      },
    ]);
  });

  test('constraint rename by hint, drop + add without', () => {
    const from = withOrders((t) => ({ ...t, checks: [{ name: 'a', expression: '(id > 0)' }] }));
    const to = withOrders((t) => ({ ...t, checks: [{ name: 'b', expression: '(id > 0)' }] }));
    const hint = { kind: 'constraint' as const, schema: 'public', table: 'orders', from: 'a', to: 'b' };
    expect(upSql(from, to, [hint])).toEqual(['ALTER TABLE public.orders RENAME CONSTRAINT a TO b']);
    expect(upSql(from, to)).toEqual([
      'ALTER TABLE public.orders DROP CONSTRAINT a',
      'ALTER TABLE public.orders ADD CONSTRAINT b CHECK ((id > 0)) NOT VALID',
      'ALTER TABLE public.orders VALIDATE CONSTRAINT b',
    ]);
  });

  test('retyping a referenced key rebuilds the foreign key around it', () => {
    const from = withOrders((t) => ({ ...t, foreignKeys: [fk] }));
    const retype = (m: typeof from) =>
      withTable(
        withTable(m, 'users', (t) => ({ ...t, columns: [col('id', 'integer', { nullable: false })] })),
        'orders',
        (t) => ({ ...t, columns: [t.columns[0] ?? col('id', 'bigint'), col('user_id', 'integer')] }),
      );
    expect(upSql(from, retype(from))).toEqual([
      'ALTER TABLE public.orders DROP CONSTRAINT orders_user_id_fkey',
      'ALTER TABLE public.orders ALTER COLUMN user_id TYPE integer USING user_id::integer',
      'ALTER TABLE public.users ALTER COLUMN id TYPE integer USING id::integer',
      'ALTER TABLE public.orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users (id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED NOT VALID',
      'ALTER TABLE public.orders VALIDATE CONSTRAINT orders_user_id_fkey',
    ]);
  });

  test('dropping a referenced table drops the foreign keys pointing at it first', () => {
    const from = withOrders((t) => ({ ...t, foreignKeys: [fk] }));
    const to = model({ tables: [orders] });
    expect(upSql(from, to)).toEqual([
      'ALTER TABLE public.orders DROP CONSTRAINT orders_user_id_fkey',
      'DROP TABLE public.users',
    ]);
  });

  test('tables referencing each other in a cycle can be dropped', () => {
    const a = table('a', [col('id', 'integer', { nullable: false }), col('b_id', 'integer')], {
      primaryKey: pk('a', 'id'),
      foreignKeys: [{ ...fk, name: 'a_b', columns: ['b_id'], refTable: 'b' }],
    });
    const b = table('b', [col('id', 'integer', { nullable: false }), col('a_id', 'integer')], {
      primaryKey: pk('b', 'id'),
      foreignKeys: [{ ...fk, name: 'b_a', columns: ['a_id'], refTable: 'a' }],
    });
    expect(upSql(model({ tables: [a, b] }), model())).toEqual([
      'ALTER TABLE public.b DROP CONSTRAINT b_a',
      'DROP TABLE public.a',
      'DROP TABLE public.b',
    ]);
  });
});

describe('indexes', () => {
  const full = index('orders_user_idx', ['user_id'], {
    keys: [
      { column: 'user_id', descending: true, nullsFirst: false },
      { column: 'lower((id)::text)', expression: true, collation: 'C', opclass: 'text_pattern_ops' },
    ],
    include: ['id'],
    where: '(user_id IS NOT NULL)',
    options: ['fillfactor=90'],
  });

  test('on an existing table: CONCURRENTLY, outside a transaction', () => {
    expect(
      upHazards(
        base,
        withOrders((t) => ({ ...t, indexes: [full] })),
      ),
    ).toEqual([
      {
        sql: 'CREATE INDEX CONCURRENTLY orders_user_idx ON public.orders (user_id DESC NULLS LAST, (lower((id)::text)) COLLATE "C" text_pattern_ops) INCLUDE (id) WITH (fillfactor=90) WHERE (user_id IS NOT NULL)',
        hazards: ['NOT_TRANSACTIONAL', 'INDEX_BUILD'],
        transactional: false,
      },
    ]);
  });

  test('on a new table: plain; on a partitioned table: plain with a SHARE lock', () => {
    const gin = index('orders_gin', ['user_id'], { method: 'gin', unique: false });
    expect(upSql(model(), model({ tables: [{ ...orders, indexes: [gin] }] }))[1]).toBe(
      'CREATE INDEX orders_gin ON public.orders USING gin (user_id)',
    );
    const parted = { ...orders, partitionBy: 'HASH (id)' };
    expect(
      upHazards(model({ tables: [parted] }), model({ tables: [{ ...parted, indexes: [gin] }] })),
    ).toEqual([
      {
        sql: 'CREATE INDEX orders_gin ON public.orders USING gin (user_id)',
        hazards: ['SHARE_LOCK', 'INDEX_BUILD'],
        transactional: true,
      },
    ]);
  });

  test('drop, rename by hint, and a changed index is dropped and created', () => {
    const with1 = withOrders((t) => ({ ...t, indexes: [index('i1', ['user_id'])] }));
    expect(upHazards(with1, base)).toEqual([
      {
        sql: 'DROP INDEX CONCURRENTLY public.i1',
        hazards: ['INDEX_DROPPED', 'NOT_TRANSACTIONAL'],
        transactional: false,
      },
    ]);
    // A partitioned table's index cannot be dropped concurrently: the plain form, and its lock.
    const partitioned = (indexes: ReturnType<typeof index>[]) =>
      withOrders((t) => ({ ...t, partitionBy: 'RANGE (id)', indexes }));
    expect(upHazards(partitioned([index('i1', ['user_id'])]), partitioned([]))).toEqual([
      {
        sql: 'DROP INDEX public.i1',
        hazards: ['INDEX_DROPPED', 'ACCESS_EXCLUSIVE_LOCK'],
        transactional: true,
      },
    ]);
    const renamed = withOrders((t) => ({ ...t, indexes: [index('i2', ['user_id'])] }));
    const hint = { kind: 'index' as const, schema: 'public', table: 'orders', from: 'i1', to: 'i2' };
    expect(upSql(with1, renamed, [hint])).toEqual(['ALTER INDEX public.i1 RENAME TO i2']);
    const changed = withOrders((t) => ({ ...t, indexes: [index('i1', ['id'])] }));
    expect(upSql(with1, changed)).toEqual([
      'DROP INDEX CONCURRENTLY public.i1',
      'CREATE INDEX CONCURRENTLY i1 ON public.orders (id)',
    ]);
  });
});
