import type { TableDef, ViewDef } from '@schema-studio/schema';

/** A MySQL `enum(...)` or `set(...)` column type, taken apart. */
export interface InlineEnum {
  readonly kind: 'enum' | 'set';
  readonly values: readonly string[];
}

const INLINE = /^(enum|set)\((.*)\)$/is;

/**
 * The values of a MySQL `enum('a','b')` or `set('a','b')` type as the server renders it (a quote inside a value
 * is doubled); undefined for any other type. MySQL has no named enum types: the values live in the column's type.
 */
export function inlineEnum(type: string): InlineEnum | undefined {
  const match = INLINE.exec(type.trim());
  if (!match) return undefined;
  const values: string[] = [];
  const list = match[2] ?? '';
  const literal = /'((?:[^']|'')*)'\s*(,\s*|$)/gy;
  for (let m = literal.exec(list); m !== null; m = literal.exec(list)) {
    values.push((m[1] ?? '').replaceAll("''", "'"));
    if (m[2] === '') return { kind: (match[1] ?? '').toLowerCase() as InlineEnum['kind'], values };
  }
  return undefined;
}

/** A column whose type is an inline enum or set. */
export interface EnumColumn {
  readonly relation: TableDef | ViewDef;
  readonly column: { readonly name: string; readonly type: string };
  readonly type: InlineEnum;
}

/** The enum and set columns of the given tables or views, in their order. */
export function enumColumns(relations: readonly (TableDef | ViewDef)[]): EnumColumn[] {
  return relations.flatMap((relation) =>
    relation.columns.flatMap((column) => {
      const type = inlineEnum(column.type);
      return type === undefined ? [] : [{ relation, column, type }];
    }),
  );
}
