/**
 * Applies planned migrations to a real PostgreSQL: create `from`, run `up`, run `down`. Catches SQL that
 * PostgreSQL refuses and orders it cannot follow. (Exact re-introspection is checked by the verify suite.)
 */
import type { RenameHint, Statement } from '@schema-studio/diff';
import type { SchemaModel } from '@schema-studio/schema';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTempDatabase, type TempDatabase } from '../testing/server.ts';
import { planMigration, planStatements } from './plan.ts';
import { col, enumType, fn, IDENTITY_BIGINT, index, model, pk, table, view } from './test-support.ts';

const touch = fn(
  'touch',
  '',
  'CREATE OR REPLACE FUNCTION public.touch()\n RETURNS trigger\n LANGUAGE plpgsql\nAS $function$begin new.updated_at := now(); return new; end$function$\n',
  { returns: 'trigger', language: 'plpgsql' },
);
const answer = fn(
  'answer',
  '',
  'CREATE OR REPLACE FUNCTION public.answer()\n RETURNS integer\n LANGUAGE sql\nAS $function$select 42$function$\n',
);

const users = table(
  'users',
  [
    col('id', 'bigint', { nullable: false, identity: IDENTITY_BIGINT }),
    col('email', 'character varying(100)', { nullable: false }),
    col('mood', 'public.mood', { default: "'ok'::public.mood" }),
    col('score', 'integer', { default: 'public.answer()' }),
    col('updated_at', 'timestamp with time zone'),
  ],
  {
    primaryKey: pk('users', 'id'),
    uniques: [{ name: 'users_email_key', columns: ['email'] }],
    checks: [{ name: 'users_email_check', expression: "((email)::text <> ''::text)" }],
    indexes: [index('users_mood_idx', ['mood'])],
    triggers: [
      {
        name: 'users_touch',
        definition:
          'CREATE TRIGGER users_touch BEFORE UPDATE ON public.users FOR EACH ROW EXECUTE FUNCTION public.touch()',
      },
    ],
    policies: [{ name: 'own', permissive: true, command: 'SELECT', roles: ['public'], using: '(id > 0)' }],
    rowLevelSecurity: true,
    comment: 'people',
  },
);
const orders = table(
  'orders',
  [
    col('id', 'integer', { nullable: false, default: "nextval('public.orders_id_seq'::regclass)" }),
    col('user_id', 'bigint'),
    col('at', 'date', { nullable: false }),
  ],
  {
    primaryKey: pk('orders', 'id', 'at'),
    foreignKeys: [
      {
        name: 'orders_user_id_fkey',
        columns: ['user_id'],
        refSchema: 'public',
        refTable: 'users',
        refColumns: ['id'],
        onUpdate: 'no action',
        onDelete: 'cascade',
        match: 'simple',
        deferrable: false,
        initiallyDeferred: false,
      },
    ],
    partitionBy: 'RANGE (at)',
  },
);
const orders2024 = table('orders_2024', orders.columns, {
  partitionOf: {
    schema: 'public',
    table: 'orders',
    bound: "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')",
  },
});
const ordersSeq = {
  schema: 'public',
  name: 'orders_id_seq',
  type: 'integer',
  start: '1',
  increment: '1',
  min: '1',
  max: '2147483647',
  cache: '1',
  cycle: false,
  ownedBy: { table: 'public.orders', column: 'id' },
};
const userEmails = view('user_emails', ' SELECT users.id,\n    users.email\n   FROM public.users;', [
  'public.users',
]);
const topEmails = view(
  'top_emails',
  ' SELECT user_emails.email\n   FROM public.user_emails;',
  ['public.user_emails'],
  {
    materialized: true,
    indexes: [index('top_emails_email', ['email'])],
  },
);

const rich = model({
  schemas: [{ name: 'public', comment: 'standard public schema' }, { name: 'Extra' }],
  enums: [enumType('mood', ['sad', 'ok', 'happy'])],
  domains: [
    {
      schema: 'public',
      name: 'positive',
      type: 'integer',
      notNull: false,
      checks: [{ name: 'positive_check', expression: '(VALUE > 0)' }],
    },
  ],
  compositeTypes: [
    {
      schema: 'Extra',
      name: 'Pair',
      attributes: [
        { name: 'a', type: 'integer' },
        { name: 'b', type: 'public.mood' },
      ],
    },
  ],
  sequences: [ordersSeq],
  functions: [answer, touch],
  tables: [orders, orders2024, users],
  views: [topEmails, userEmails],
});

const evolved = model({
  ...rich,
  enums: [enumType('mood', ['sad', 'happy', 'ecstatic'])],
  domains: [
    { ...(rich.domains[0] as SchemaModel['domains'][number]), notNull: true, default: '1', checks: [] },
  ],
  compositeTypes: [
    {
      schema: 'Extra',
      name: 'Pair',
      attributes: [
        { name: 'a', type: 'bigint' },
        { name: 'c', type: 'text' },
      ],
    },
  ],
  sequences: [{ ...ordersSeq, cache: '10' }],
  tables: [
    { ...orders, foreignKeys: orders.foreignKeys.map((fk) => ({ ...fk, refTable: 'members' })) },
    orders2024,
    {
      ...users,
      name: 'members',
      columns: [
        col('id', 'bigint', { nullable: false, identity: { ...IDENTITY_BIGINT, generation: 'by default' } }),
        col('mail', 'text', { nullable: false }),
        col('mood', 'public.mood'),
        col('score', 'bigint', { default: '0', nullable: false }),
        col('updated_at', 'timestamp with time zone'),
        col('nick', 'text', { comment: 'shown name' }),
      ],
      uniques: [{ name: 'members_mail_key', columns: ['mail'] }],
      checks: [{ name: 'users_email_check', expression: "(mail <> ''::text)" }],
      indexes: [index('members_mood_idx', ['mood']), index('members_nick_idx', ['nick'])],
      policies: [{ name: 'own', permissive: true, command: 'SELECT', roles: ['public'], using: '(id > 1)' }],
      comment: 'members',
    },
  ],
  views: [
    {
      ...topEmails,
      definition: ' SELECT user_emails.mail\n   FROM public.user_emails;',
      indexes: [index('top_emails_mail', ['mail'])],
    },
    {
      ...userEmails,
      definition: ' SELECT members.id,\n    members.mail\n   FROM public.members;',
      dependsOn: ['public.members'],
    },
  ],
});
const hints: RenameHint[] = [
  { kind: 'table', schema: 'public', from: 'users', to: 'members' },
  { kind: 'column', schema: 'public', table: 'users', from: 'email', to: 'mail' },
  { kind: 'constraint', schema: 'public', table: 'users', from: 'users_email_key', to: 'members_mail_key' },
  { kind: 'index', schema: 'public', table: 'users', from: 'users_mood_idx', to: 'members_mood_idx' },
];

const odds = model({
  extensions: [{ name: 'btree_gist', schema: 'public' }],
  collations: [
    { schema: 'public', name: 'nocase', provider: 'icu', locale: 'und-u-ks-level2', deterministic: false },
  ],
  enums: [enumType('level', ['low', 'high'])],
  rangeTypes: [
    { schema: 'public', name: 'floatrange', subtype: 'double precision', subtypeDiff: 'float8mi' },
  ],
  tables: [
    table(
      'rooms',
      [
        col('id', 'integer', { nullable: false }),
        col('during', 'tstzrange'),
        col('name', 'text', { collation: 'public.nocase' }),
      ],
      {
        exclusions: [
          { name: 'rooms_no_overlap', definition: 'EXCLUDE USING gist (id WITH =, during WITH &&)' },
        ],
        checks: [{ name: 'rooms_id_check', expression: '(id > 0)', notValid: true }],
        replicaIdentity: 'full',
        unlogged: true,
      },
    ),
  ],
});
const oddsEvolved = model({
  ...odds,
  enums: [enumType('level', ['low', 'mid', 'high', 'max'])],
  tables: [
    table(
      'rooms',
      [
        col('id', 'integer', { nullable: false, identity: { ...IDENTITY_BIGINT, max: '2147483647' } }),
        col('during', 'tstzrange'),
        col('name', 'character varying(20)', { collation: 'public.nocase' }),
        col('level', 'public.level', { default: "'mid'::public.level" }),
      ],
      {
        exclusions: [{ name: 'rooms_no_overlap', definition: 'EXCLUDE USING gist (id WITH =)' }],
        checks: [{ name: 'rooms_id_check', expression: '(id > 0)' }],
        indexes: [index('rooms_level_idx', ['level'], { where: "(level <> 'low'::public.level)" })],
        replicaIdentity: 'index:rooms_id_key',
        uniques: [{ name: 'rooms_id_key', columns: ['id'] }],
      },
    ),
  ],
});

let db: TempDatabase | undefined;

beforeAll(async () => {
  db = await createTempDatabase('diff_apply').catch(() => undefined);
});
afterAll(async () => {
  await db?.drop();
});

/** Runs statements one by one in autocommit mode, as the applier does for non-transactional ones. */
async function apply(statements: readonly Statement[]): Promise<void> {
  for (const s of statements) {
    try {
      await db?.exec(s.sql);
    } catch (error) {
      throw new Error(`${(error as Error).message}\nin: ${s.sql}`);
    }
  }
}

describe.runIf(process.env.SKIP_PG !== '1')('applied to PostgreSQL 15', () => {
  test('empty -> rich -> evolved (renames, enum dance, retypes) -> back', async () => {
    if (!db) return expect.fail('PostgreSQL at 127.0.0.1:5432 is not reachable');
    await apply(planStatements(model(), rich));
    await db.exec("INSERT INTO public.users (email, mood) VALUES ('a@b', 'sad'), ('c@d', 'happy')");
    const plan = planMigration(rich, evolved, hints);
    await apply(plan.up);
    const rows = await db.query('SELECT mail, mood::text AS mood FROM public.members ORDER BY mail');
    expect(rows.rows).toEqual([
      { mail: 'a@b', mood: 'sad' },
      { mail: 'c@d', mood: 'happy' },
    ]);
    await apply(plan.down);
    await apply(planStatements(rich, model()));
  });

  test('extensions, collations, ranges, exclusions, enum values, identity, logged-ness', async () => {
    if (!db) return expect.fail('PostgreSQL at 127.0.0.1:5432 is not reachable');
    await apply(planStatements(model(), odds));
    await db.exec("INSERT INTO public.rooms (id, name) VALUES (1, 'A'), (2, 'b')");
    const plan = planMigration(odds, oddsEvolved);
    await apply(plan.up);
    await apply(plan.down);
    await apply(planStatements(odds, model()));
  });
});
