import type { IndexDef, SchemaModel, TableDef, ViewDef } from './model.ts';

/** Sort key of an object with a schema and a name. Byte order, not locale order: it must not vary by machine. */
export function compareQualified(
  a: { readonly schema: string; readonly name: string },
  b: { readonly schema: string; readonly name: string },
): number {
  return compareStrings(a.schema, b.schema) || compareStrings(a.name, b.name);
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byName<T extends { readonly name: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareStrings(a.name, b.name));
}

function byQualified<T extends { readonly schema: string; readonly name: string }>(items: readonly T[]): T[] {
  return [...items].sort(compareQualified);
}

function sortedStrings(items: readonly string[] | undefined): string[] | undefined {
  return items === undefined ? undefined : [...items].sort(compareStrings);
}

function normalizeIndexes(indexes: readonly IndexDef[]): IndexDef[] {
  return byName(indexes);
}

function normalizeTable(table: TableDef): TableDef {
  return {
    ...table,
    foreignKeys: byName(table.foreignKeys),
    uniques: byName(table.uniques),
    checks: byName(table.checks),
    exclusions: byName(table.exclusions),
    indexes: normalizeIndexes(table.indexes),
    triggers: byName(table.triggers),
    policies: byName(table.policies),
    ...(table.options ? { options: sortedStrings(table.options) } : {}),
  };
}

function normalizeView(view: ViewDef): ViewDef {
  return {
    ...view,
    indexes: normalizeIndexes(view.indexes),
    triggers: byName(view.triggers),
    dependsOn: [...new Set(view.dependsOn)].sort(compareStrings),
    ...(view.options ? { options: sortedStrings(view.options) } : {}),
  };
}

/**
 * Puts every collection of a model into its canonical order. Columns, enum labels, composite attributes and
 * index keys keep their order: it carries meaning.
 */
export function normalizeModel(model: SchemaModel): SchemaModel {
  return {
    formatVersion: model.formatVersion,
    dialect: model.dialect,
    schemas: byName(model.schemas),
    extensions: byName(model.extensions),
    collations: byQualified(model.collations),
    enums: byQualified(model.enums),
    domains: byQualified(model.domains).map((d) => ({ ...d, checks: byName(d.checks) })),
    compositeTypes: byQualified(model.compositeTypes),
    rangeTypes: byQualified(model.rangeTypes),
    sequences: byQualified(model.sequences),
    functions: [...model.functions].sort((a, b) => compareQualified(a, b) || compareStrings(a.args, b.args)),
    tables: byQualified(model.tables).map(normalizeTable),
    views: byQualified(model.views).map(normalizeView),
  };
}

/** Canonical JSON: keys in a fixed order at every level, so equal models give equal bytes. */
export function serializeModel(model: SchemaModel): string {
  return `${JSON.stringify(sortKeys(normalizeModel(model)), null, 2)}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => compareStrings(a, b));
    return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
  }
  return value;
}

/** True when two models describe the same schema. */
export function modelsEqual(a: SchemaModel, b: SchemaModel): boolean {
  return serializeModel(a) === serializeModel(b);
}
