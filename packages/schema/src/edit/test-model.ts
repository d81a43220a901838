import type { ColumnDef, SchemaModel, TableDef } from '../model.ts';
import { emptyModel, tableDef } from '../model.ts';
import { foreignKey } from './constraints.ts';

export const col = (name: string, type = 'integer', nullable = false): ColumnDef => ({
  name,
  type,
  nullable,
});

export function table(name: string, columns: readonly ColumnDef[], extra: Partial<TableDef> = {}): TableDef {
  return tableDef({ schema: 'public', name, columns, ...extra });
}

/** `users(id pk, email)` and `posts(id pk, user_id -> users.id, mood public.mood)`, enum `public.mood`. */
export function sampleModel(): SchemaModel {
  const users = table('users', [col('id'), col('email', 'text')], {
    primaryKey: { name: 'users_pkey', columns: ['id'] },
    uniques: [{ name: 'users_email_key', columns: ['email'] }],
  });
  const posts = table(
    'posts',
    [col('id'), col('user_id', 'integer', true), col('mood', 'public.mood', true)],
    {
      primaryKey: { name: 'posts_pkey', columns: ['id'] },
      foreignKeys: [foreignKey('posts', ['user_id'], { schema: 'public', table: 'users', columns: ['id'] })],
      indexes: [{ name: 'posts_user_idx', unique: false, method: 'btree', keys: [{ column: 'user_id' }] }],
    },
  );
  return {
    ...emptyModel(),
    enums: [{ schema: 'public', name: 'mood', values: ['happy', 'sad'] }],
    tables: [posts, users],
  };
}
