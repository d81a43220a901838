import type { ColumnDef } from '@schema-studio/schema';
import type { Change, RelationRef } from './changes.ts';
import { commentChange } from './comments.ts';
import type { TablePair } from './context.ts';
import { sameIgnoring } from './equality.ts';

const columnComment = (on: RelationRef, column: ColumnDef, from: string | undefined) =>
  commentChange(
    { type: 'column', schema: on.schema, table: on.table, column: column.name },
    from,
    column.comment,
  );

export function newColumnComments(on: RelationRef, columns: readonly ColumnDef[]): Change[] {
  return columns.flatMap((column) => columnComment(on, column, undefined));
}

export function diffColumns(pair: TablePair): Change[] {
  const fromRef = { schema: pair.from.schema, table: pair.from.name };
  const toRef = { schema: pair.to.schema, table: pair.to.name };
  const { columns } = pair;
  return [
    ...columns.dropped.map((column): Change => ({ kind: 'column.drop', ...fromRef, column })),
    ...columns.renamed.map(
      ([a, b]): Change => ({ kind: 'column.rename', ...toRef, from: a.name, to: b.name }),
    ),
    ...columns.added.flatMap((column): Change[] => [
      { kind: 'column.add', ...toRef, column },
      ...columnComment(toRef, column, undefined),
    ]),
    ...columns.matched.flatMap(([a, b]) => [
      ...alterColumn(toRef, a, b),
      ...columnComment(toRef, b, a.comment),
    ]),
  ];
}

/**
 * The steps of one column's alteration, in the order PostgreSQL needs them: an old default may not cast to
 * the new type (drop it first), an identity needs NOT NULL, and a dropped identity must go before a default.
 */
function alterColumn(on: RelationRef, a: ColumnDef, b: ColumnDef): Change[] {
  const column = b.name;
  const retyped = a.type !== b.type || a.collation !== b.collation;
  const dropDefaultFirst = retyped && a.default !== undefined;
  const defaultChange = (value: string | undefined): Change => ({
    kind: 'column.setDefault',
    ...on,
    column,
    ...(value === undefined ? {} : { default: value }),
  });
  const identityChange = (from: ColumnDef['identity'], to: ColumnDef['identity']): Change => ({
    kind: 'column.identity',
    ...on,
    column,
    type: b.type,
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  });
  const identityDropped = a.identity !== undefined && b.identity === undefined;
  const identityChanged = b.identity !== undefined && !sameIgnoring(a.identity ?? {}, b.identity);
  const newDefault = dropDefaultFirst ? b.default !== undefined : a.default !== b.default;
  const identityFirst = identityChanged && retyped && identityFitsOldType(a, b);
  const identity = identityChanged ? [identityChange(a.identity, b.identity)] : [];
  return [
    ...(identityDropped ? [identityChange(a.identity, undefined)] : []),
    ...(dropDefaultFirst ? [defaultChange(undefined)] : []),
    ...(identityFirst ? identity : []),
    ...(retyped ? [{ kind: 'column.alterType' as const, ...on, from: a, to: b }] : []),
    ...(newDefault ? [defaultChange(b.default)] : []),
    ...(a.nullable === b.nullable
      ? []
      : [{ kind: 'column.setNullable' as const, ...on, column, nullable: b.nullable }]),
    ...(identityFirst ? [] : identity),
  ];
}

const INTEGER_BOUNDS: Readonly<Record<string, readonly [bigint, bigint]>> = {
  smallint: [-32768n, 32767n],
  integer: [-2147483648n, 2147483647n],
  bigint: [-9223372036854775808n, 9223372036854775807n],
};

/**
 * Whether an existing identity's new bounds already fit the column's old type. Retyping an identity column
 * retypes its sequence, which fails while the sequence's bounds do not fit the new type: when narrowing, the
 * bounds must shrink first (they fit the old, wider type); when widening, they can only grow afterwards.
 */
function identityFitsOldType(a: ColumnDef, b: ColumnDef): boolean {
  const bounds = INTEGER_BOUNDS[a.type];
  if (a.identity === undefined || b.identity === undefined || bounds === undefined) return false;
  const [low, high] = bounds;
  const fits = (value: string) => /^-?\d+$/.test(value) && BigInt(value) >= low && BigInt(value) <= high;
  return fits(b.identity.min) && fits(b.identity.max) && fits(b.identity.start);
}
