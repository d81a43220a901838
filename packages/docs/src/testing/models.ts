/** Test support: small hand-made models. */
import {
  type ColumnDef,
  emptyModel,
  type ForeignKeyDef,
  foreignKey,
  type SchemaModel,
  type TableDef,
  type TableInit,
  tableDef,
} from '@schema-studio/schema';

export function col(name: string, type: string, extra: Partial<ColumnDef> = {}): ColumnDef {
  return { name, type, nullable: true, ...extra };
}

export function notNull(name: string, type: string, extra: Partial<ColumnDef> = {}): ColumnDef {
  return col(name, type, { ...extra, nullable: false });
}

/** A table in `public` (unless `extra` says otherwise) with a primary key on `id` when it has such a column. */
export function table(name: string, columns: readonly ColumnDef[], extra: Partial<TableInit> = {}): TableDef {
  const hasId = columns.some((c) => c.name === 'id');
  return tableDef({
    schema: 'public',
    name,
    columns,
    ...(hasId ? { primaryKey: { name: `${name}_pkey`, columns: ['id'] } } : {}),
    ...extra,
  });
}

/** A foreign key from `from` to `to(id)` (or the given columns), named like PostgreSQL would. */
export function fk(
  from: string,
  columns: readonly string[],
  to: string,
  toSchema = 'public',
  refColumns: readonly string[] = ['id'],
): ForeignKeyDef {
  return foreignKey(from, columns, { schema: toSchema, table: to, columns: refColumns });
}

export function model(parts: Partial<SchemaModel> = {}): SchemaModel {
  return { ...emptyModel(), ...parts };
}

/** `users` and `orders` (orders.user_id NOT NULL -> users), the smallest model with a relationship. */
export function shop(): SchemaModel {
  return model({
    tables: [
      table('users', [notNull('id', 'integer'), col('email', 'character varying(200)')]),
      table('orders', [notNull('id', 'integer'), notNull('user_id', 'integer'), col('note', 'text')], {
        foreignKeys: [fk('orders', ['user_id'], 'users')],
      }),
    ],
  });
}
