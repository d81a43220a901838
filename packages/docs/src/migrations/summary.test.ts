import { type Change, diffModels } from '@schema-studio/diff';
import { describe, expect, it } from 'vitest';
import { col, fk, model, notNull, table } from '../testing/models.ts';
import { summarizeChanges } from './summary.ts';

describe('summarizeChanges', () => {
  it('writes one line per change', () => {
    const changes: Change[] = [
      { kind: 'column.add', schema: 'public', table: 'users', column: col('email', 'text') },
      { kind: 'column.setNullable', schema: 'public', table: 'users', column: 'email', nullable: false },
      { kind: 'table.rename', schema: 'public', from: 'people', to: 'users' },
      { kind: 'enum.addValue', enum: { schema: 'public', name: 'mood' }, value: 'meh', after: 'ok' },
      { kind: 'comment.set', target: { type: 'column', schema: 'public', table: 'users', column: 'email' } },
      {
        kind: 'index.drop',
        schema: 'public',
        table: 'users',
        index: { name: 'i', unique: false, method: 'btree', keys: [] },
      },
    ];
    expect(summarizeChanges(changes)).toEqual([
      'Add column `email` to `public.users`',
      'Make column `email` of `public.users` NOT NULL',
      'Rename table `public.people` to `users`',
      'Add value `meh` to enum `public.mood` after `ok`',
      'Remove the comment on column `email` of `public.users`',
      'Drop index `i` from `public.users`',
    ]);
  });

  it('reads the changes diffModels produces', () => {
    const from = model({
      tables: [table('users', [notNull('id', 'integer'), col('name', 'text'), col('age', 'integer')])],
    });
    const to = model({
      enums: [{ schema: 'public', name: 'mood', values: ['sad', 'ok'] }],
      tables: [
        table('users', [
          notNull('id', 'integer'),
          col('name', 'text', { comment: 'Full name' }),
          col('age', 'bigint'),
        ]),
        table('posts', [notNull('id', 'integer'), notNull('user_id', 'integer')], {
          foreignKeys: [fk('posts', ['user_id'], 'users')],
        }),
      ],
    });
    expect(summarizeChanges(diffModels(from, to)).sort()).toEqual(
      [
        'Add foreign key `posts_user_id_fkey` to `public.posts` (`user_id` → `public.users`)',
        'Change the type of column `age` of `public.users` from `integer` to `bigint`',
        'Create enum `public.mood` (`sad`, `ok`)',
        'Create table `public.posts` (2 columns)',
        'Set the comment on column `name` of `public.users`',
      ].sort(),
    );
  });

  it('escapes names that hold backticks', () => {
    expect(summarizeChanges([{ kind: 'schema.create', schema: { name: 'a`b' } }])).toEqual([
      'Create schema ``a`b``',
    ]);
  });
});
