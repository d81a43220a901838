import type { SchemaModel } from '@schema-studio/schema';
import { emptyModel, qualifiedKey } from '@schema-studio/schema';
import type { CatalogRows } from './catalog.ts';
import { toCollation, toExtension, toNamespace, toSequence } from './map-objects.ts';
import { type RelationParts, toTable, toView } from './map-relations.ts';
import { toRoutine } from './map-routines.ts';
import { toCompositeType, toDomain, toEnum, toRangeType } from './map-types.ts';

type Keyed = { readonly schema: string };

/** Rows grouped by a key, keeping their order within each group. */
function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/** Looks up the rows of one relation or type by `schema.name`, empty when there are none. */
function lookup<T extends Keyed>(rows: readonly T[], owner: (row: T) => string): (key: string) => T[] {
  const groups = groupBy(rows, (row) => qualifiedKey(row.schema, owner(row)));
  return (key) => groups.get(key) ?? [];
}

/** Builds the (not yet normalized) model from the catalog rows. */
export function assembleModel(rows: CatalogRows): SchemaModel {
  const columns = lookup(rows.columns, (r) => r.relation);
  const tableConstraints = lookup(
    rows.constraints.filter((r) => r.owner_kind === 'table'),
    (r) => r.owner,
  );
  const domainConstraints = lookup(
    rows.constraints.filter((r) => r.owner_kind === 'domain'),
    (r) => r.owner,
  );
  const indexes = lookup(rows.indexes, (r) => r.relation);
  const triggers = lookup(rows.triggers, (r) => r.relation);
  const policies = lookup(rows.policies, (r) => r.relation);
  const dependencies = lookup(rows.viewDependencies, (r) => r.view);
  const parts = (schema: string, name: string): RelationParts => {
    const key = qualifiedKey(schema, name);
    return {
      columns: columns(key),
      constraints: tableConstraints(key),
      indexes: indexes(key),
      triggers: triggers(key),
      policies: policies(key),
      dependencies: dependencies(key),
    };
  };
  return {
    ...emptyModel('postgres'),
    schemas: rows.schemas.map(toNamespace),
    extensions: rows.extensions.map(toExtension),
    collations: rows.collations.map(toCollation),
    enums: rows.enums.map(toEnum),
    domains: rows.domains.map((r) => toDomain(r, domainConstraints(qualifiedKey(r.schema, r.name)))),
    compositeTypes: rows.compositeTypes.map((r) =>
      toCompositeType(r, columns(qualifiedKey(r.schema, r.name))),
    ),
    rangeTypes: rows.rangeTypes.map(toRangeType),
    sequences: rows.sequences.map(toSequence),
    functions: rows.functions.map(toRoutine),
    tables: rows.tables.map((r) => toTable(r, parts(r.schema, r.name))),
    views: rows.views.map((r) => toView(r, parts(r.schema, r.name))),
  };
}
