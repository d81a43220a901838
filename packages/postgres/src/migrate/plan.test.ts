import type { RenameHint } from '@schema-studio/diff';
import { describe, expect, test } from 'vitest';
import { planMigration, renderModelDdl, renderStatements } from './plan.ts';
import { col, index, model, pk, sqlOf, table, upSql } from './test-support.ts';

const users = table('users', [col('id', 'bigint', { nullable: false }), col('mail', 'text')], {
  primaryKey: pk('users', 'id'),
  indexes: [index('users_mail_idx', ['mail'])],
});
const renamed = table('people', [col('id', 'bigint', { nullable: false }), col('email', 'text')], {
  primaryKey: pk('users', 'id'),
  indexes: [index('users_mail_idx', ['email'])],
});
const hints: RenameHint[] = [
  { kind: 'table', schema: 'public', from: 'users', to: 'people' },
  { kind: 'column', schema: 'public', table: 'users', from: 'mail', to: 'email' },
];

describe('planMigration', () => {
  test('hinted renames give RENAME statements and no drops; inner hints name the table as in `from`', () => {
    const plan = planMigration(model({ tables: [users] }), model({ tables: [renamed] }), hints);
    expect(sqlOf(plan.up)).toEqual([
      'ALTER TABLE public.users RENAME TO people',
      'ALTER TABLE public.people RENAME COLUMN mail TO email',
    ]);
    expect(sqlOf(plan.down)).toEqual([
      'ALTER TABLE public.people RENAME TO users',
      'ALTER TABLE public.users RENAME COLUMN email TO mail',
    ]);
  });

  test('without hints a renamed table is dropped and created', () => {
    expect(upSql(model({ tables: [users] }), model({ tables: [renamed] }))).toEqual([
      'DROP TABLE public.users',
      'CREATE TABLE public.people (\n  id bigint NOT NULL,\n  email text,\n  CONSTRAINT users_pkey PRIMARY KEY (id)\n)',
      'CREATE INDEX users_mail_idx ON public.people (email)',
    ]);
  });

  test('down returns to from', () => {
    const from = model({ tables: [users] });
    const to = model({ tables: [{ ...users, columns: [...users.columns, col('age', 'integer')] }] });
    const plan = planMigration(from, to);
    expect(sqlOf(plan.up)).toEqual(['ALTER TABLE public.users ADD COLUMN age integer']);
    expect(sqlOf(plan.down)).toEqual(['ALTER TABLE public.users DROP COLUMN age']);
  });

  test('swapping a column name with a dropped one: the drop runs before the rename', () => {
    const from = model({ tables: [table('t', [col('a', 'integer'), col('b', 'text')])] });
    const to = model({ tables: [table('t', [col('b', 'integer')])] });
    const hint: RenameHint = { kind: 'column', schema: 'public', table: 't', from: 'a', to: 'b' };
    expect(upSql(from, to, [hint])).toEqual([
      'ALTER TABLE public.t DROP COLUMN b',
      'ALTER TABLE public.t RENAME COLUMN a TO b',
    ]);
  });
});

describe('rendering', () => {
  test('hazard comments above statements, non-transactional statements marked', () => {
    const from = model({ tables: [table('users', [col('email', 'text'), col('id', 'integer')])] });
    const to = model({ tables: [table('users', [col('id', 'integer')], { indexes: [index('i', ['id'])] })] });
    expect(renderStatements(planMigration(from, to).up, { hazardComments: true })).toBe(
      [
        '-- hazard DELETES_DATA: drops column "email" of table "public.users" and its data',
        '-- hazard ACCESS_EXCLUSIVE_LOCK: locks table "public.users" against reads and writes',
        'ALTER TABLE public.users DROP COLUMN email;',
        '',
        '-- hazard NOT_TRANSACTIONAL: CREATE INDEX CONCURRENTLY "i" runs outside a transaction',
        '-- hazard INDEX_BUILD: builds index "i" on "public.users"',
        '-- not transactional: run outside a transaction block',
        'CREATE INDEX CONCURRENTLY i ON public.users (id);',
        '',
      ].join('\n'),
    );
  });

  test('model DDL has no hazard comments', () => {
    const m = model({
      tables: [table('t', [col('id', 'integer')], { indexes: [index('i', ['id'])], comment: 'T' })],
    });
    expect(renderModelDdl(m)).toBe(
      "CREATE TABLE public.t (\n  id integer\n);\n\nCREATE INDEX i ON public.t (id);\n\nCOMMENT ON TABLE public.t IS 'T';\n",
    );
  });
});
