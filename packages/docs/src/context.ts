import {
  compareQualified,
  compareStrings,
  type ForeignKeyDef,
  qualifiedKey,
  type SchemaModel,
  type TableDef,
  type ViewDef,
} from '@schema-studio/schema';
import { Anchors } from './anchors.ts';

/** A foreign key seen from the table it points at. */
export interface IncomingKey {
  readonly table: TableDef;
  readonly key: ForeignKeyDef;
}

export interface TypeRef {
  readonly kind: 'enum' | 'domain' | 'composite';
  readonly schema: string;
  readonly name: string;
}

/**
 * What every document of the set needs to know about the (already filtered) model: its objects in sorted
 * order, their anchors, the descriptions to show, and which foreign keys point at each table.
 */
export interface DocContext {
  readonly model: SchemaModel;
  readonly tables: readonly TableDef[];
  readonly views: readonly ViewDef[];
  readonly anchors: Anchors;
  /** Tables by `schema.name`: a foreign key whose target is missing here points outside the set. */
  readonly tableByKey: ReadonlyMap<string, TableDef>;
  /** Foreign keys that point at each table (by `schema.name`), sorted by referencing table, then key name. */
  readonly incoming: ReadonlyMap<string, readonly IncomingKey[]>;
  /** Every schema that holds something documented (MySQL models list none), sorted. */
  readonly schemaNames: readonly string[];
  /** The user types in the set (by `schema.name`), to link column types to their definitions. */
  readonly types: ReadonlyMap<string, TypeRef>;
  /**
   * The model's comment, else the description the options give for the object named by `path`
   * (`schema`, `schema.table` or `schema.table.column`; for MySQL `table` or `table.column`).
   */
  describe(comment: string | undefined, ...path: string[]): string | undefined;
}

export function buildContext(
  model: SchemaModel,
  descriptions: Readonly<Record<string, string>> = {},
): DocContext {
  const tables = [...model.tables].sort(compareQualified);
  const views = [...model.views].sort(compareQualified);
  const types: TypeRef[] = [
    ...model.enums.map((t) => ({ kind: 'enum' as const, schema: t.schema, name: t.name })),
    ...model.domains.map((t) => ({ kind: 'domain' as const, schema: t.schema, name: t.name })),
    ...model.compositeTypes.map((t) => ({ kind: 'composite' as const, schema: t.schema, name: t.name })),
  ];
  const schemaNames = [
    ...new Set([
      ...model.schemas.map((s) => s.name),
      ...[...tables, ...views, ...types].map((o) => o.schema),
    ]),
  ].sort(compareStrings);
  const anchors = new Anchors([
    ...schemaNames.map((name) => ({ kind: 'schema' as const, schema: name })),
    ...tables.map((t) => ({ kind: 'table' as const, schema: t.schema, name: t.name })),
    ...views.map((v) => ({ kind: 'view' as const, schema: v.schema, name: v.name })),
    ...types,
  ]);
  // Own-property lookups only: a description keyed `constructor` must not find Object.prototype's.
  const lookup = (key: string) => (Object.hasOwn(descriptions, key) ? descriptions[key] : undefined);
  return {
    model,
    tables,
    views,
    anchors,
    tableByKey: new Map(tables.map((t) => [qualifiedKey(t.schema, t.name), t])),
    incoming: incomingKeys(tables),
    schemaNames,
    types: new Map(types.map((t) => [qualifiedKey(t.schema, t.name), t])),
    // MySQL objects (schema '') are described as `table` and `table.column`.
    describe: (comment, ...path) => comment ?? lookup((path[0] === '' ? path.slice(1) : path).join('.')),
  };
}

function incomingKeys(sortedTables: readonly TableDef[]): Map<string, IncomingKey[]> {
  const incoming = new Map<string, IncomingKey[]>();
  for (const table of sortedTables) {
    for (const key of [...table.foreignKeys].sort((a, b) => compareStrings(a.name, b.name))) {
      const target = qualifiedKey(key.refSchema, key.refTable);
      const list = incoming.get(target) ?? [];
      list.push({ table, key });
      incoming.set(target, list);
    }
  }
  return incoming;
}
