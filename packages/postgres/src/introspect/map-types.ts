import type { CompositeTypeDef, DomainDef, EnumDef, RangeTypeDef } from '@schema-studio/schema';
import { qualifiedKey } from '@schema-studio/schema';
import type { ColumnRow } from './columns.sql.ts';
import type { CompositeTypeRow } from './composite-types.sql.ts';
import type { ConstraintRow } from './constraints.sql.ts';
import type { DomainRow } from './domains.sql.ts';
import type { EnumRow } from './enums.sql.ts';
import { toCompositeAttribute } from './map-columns.ts';
import { toCheck } from './map-constraints.ts';
import { opt } from './optional.ts';
import type { RangeTypeRow } from './range-types.sql.ts';

export function toEnum(row: EnumRow): EnumDef {
  return { schema: row.schema, name: row.name, values: row.labels, ...opt('comment', row.comment) };
}

/** `checks`: the domain's constraint rows (only CHECKs exist on domains besides NOT NULL). */
export function toDomain(row: DomainRow, checks: readonly ConstraintRow[]): DomainDef {
  return {
    schema: row.schema,
    name: row.name,
    type: row.type,
    notNull: row.not_null,
    ...opt('default', row.default_expr),
    ...opt('collation', row.collation),
    checks: checks.filter((c) => c.type === 'c').map(toCheck),
    ...opt('comment', row.comment),
  };
}

export function toCompositeType(row: CompositeTypeRow, attributes: readonly ColumnRow[]): CompositeTypeDef {
  return {
    schema: row.schema,
    name: row.name,
    attributes: attributes.map(toCompositeAttribute),
    ...opt('comment', row.comment),
  };
}

/**
 * The name CREATE TYPE ... AS RANGE gives the multirange when none is given: "range" in the name becomes
 * "multirange" (first occurrence), otherwise `_multirange` is appended.
 */
export function defaultMultirangeName(rangeName: string): string {
  return rangeName.includes('range') ? rangeName.replace('range', 'multirange') : `${rangeName}_multirange`;
}

/** The multirange's name when it is not the automatic one; qualified when it lives in another schema. */
function multirangeName(row: RangeTypeRow): string | null {
  if (row.multirange_name === null || row.multirange_schema === null) return null;
  if (row.multirange_schema !== row.schema) return qualifiedKey(row.multirange_schema, row.multirange_name);
  return row.multirange_name === defaultMultirangeName(row.name) ? null : row.multirange_name;
}

export function toRangeType(row: RangeTypeRow): RangeTypeDef {
  return {
    schema: row.schema,
    name: row.name,
    subtype: row.subtype,
    ...opt('subtypeOpclass', row.subtype_opclass),
    ...opt('collation', row.collation),
    ...opt('canonical', row.canonical),
    ...opt('subtypeDiff', row.subtype_diff),
    ...opt('multirangeName', multirangeName(row)),
    ...opt('comment', row.comment),
  };
}
