import type { RoutineDef, SchemaModel, TableDef } from '../model.ts';
import { displayName, routineKey } from '../names.ts';
import { normalizeModel } from '../normalize.ts';
import { type KeyedMerge, type MergeReport, mergeField, mergeKeyed } from './keyed.ts';

export type { MergeReport } from './keyed.ts';

/** The design with the database's own changes brought in, and what that did. */
export interface DatabaseMerge extends MergeReport {
  readonly design: SchemaModel;
}

type Qualified = { readonly schema: string; readonly name: string };

const qualified = <T extends Qualified>(kind: string): KeyedMerge<T> => ({
  key: (item) => `${item.schema}.${item.name}`,
  label: (item) => `${kind} ${displayName(item.schema, item.name)}`,
});

const routines: KeyedMerge<RoutineDef> = {
  key: (r) => routineKey(r.schema, r.name, r.args),
  label: (r) => `${r.kind} ${displayName(r.schema, r.name)}(${r.args})`,
};

/** The parts of a table that are lists of named things, merged item by item. */
const TABLE_LISTS = {
  columns: 'column',
  foreignKeys: 'foreign key',
  uniques: 'unique constraint',
  checks: 'check constraint',
  exclusions: 'exclusion constraint',
  indexes: 'index',
  triggers: 'trigger',
  policies: 'policy',
} as const satisfies Partial<Record<keyof TableDef, string>>;

/** How the other fields of a table read in the report; a field not named here reads as its key. */
const TABLE_FIELDS: Partial<Record<keyof TableDef, string>> = {
  primaryKey: 'primary key',
  partitionBy: 'partitioning',
  partitionOf: 'partition bound',
  rowLevelSecurity: 'row level security',
  forceRowLevelSecurity: 'forced row level security',
  replicaIdentity: 'replica identity',
  options: 'storage options',
  mysql: 'table options',
};

type TableList = keyof typeof TABLE_LISTS;
const isList = (key: string): key is TableList => Object.hasOwn(TABLE_LISTS, key);

/**
 * A table both sides changed: its columns, constraints, indexes, triggers and policies merge one by one, and
 * every other field (primary key, comment, options, partitioning, ...) on its own. So a column added in the
 * database and another added in the design both end up in the design.
 */
function mergeTable(previous: TableDef, current: TableDef, design: TableDef, report: MergeReport): TableDef {
  const of = displayName(design.schema, design.name);
  const merged: Record<string, unknown> = {};
  const keys = new Set([...Object.keys(previous), ...Object.keys(current), ...Object.keys(design)]);
  for (const key of keys) {
    const field = key as keyof TableDef;
    if (isList(field)) {
      const spec: KeyedMerge<{ readonly name: string }> = {
        key: (item) => item.name,
        label: (item) => `${TABLE_LISTS[field]} ${item.name} of ${of}`,
      };
      merged[field] = mergeKeyed(previous[field], current[field], design[field], spec, report);
    } else if (field !== 'schema' && field !== 'name') {
      const label = `${TABLE_FIELDS[field] ?? field} of table ${of}`;
      const value = mergeField(previous[field], current[field], design[field], label, report);
      if (value !== undefined) merged[field] = value;
    } else {
      merged[field] = design[field];
    }
  }
  return merged as unknown as TableDef;
}

const tables: KeyedMerge<TableDef> = { ...qualified<TableDef>('table'), nested: mergeTable };

/**
 * Brings what changed in the database since it was last read (`previous` → `current`) into `design`, which
 * was made from `previous`. Objects only the database changed are taken; objects only the design changed stay;
 * a table both changed merges part by part; anything else both changed keeps the design's version and is
 * listed in `conflicts`. Renames in the design count as a removal and an addition here, so a database change
 * to a table the design renamed is a conflict, never applied to the wrong table. The caller validates the
 * result (the database may have dropped something a design change refers to).
 */
export function mergeDatabaseChanges(
  previous: SchemaModel,
  current: SchemaModel,
  design: SchemaModel,
): DatabaseMerge {
  const report: MergeReport = { brought: [], conflicts: [] };
  const merge = <T>(pick: (m: SchemaModel) => readonly T[], spec: KeyedMerge<T>) =>
    mergeKeyed(pick(previous), pick(current), pick(design), spec, report);
  const merged: SchemaModel = {
    formatVersion: design.formatVersion,
    dialect: design.dialect,
    schemas: merge((m) => m.schemas, { key: (s) => s.name, label: (s) => `schema ${s.name}` }),
    extensions: merge((m) => m.extensions, { key: (e) => e.name, label: (e) => `extension ${e.name}` }),
    collations: merge((m) => m.collations, qualified('collation')),
    enums: merge((m) => m.enums, qualified('enum')),
    domains: merge((m) => m.domains, qualified('domain')),
    compositeTypes: merge((m) => m.compositeTypes, qualified('type')),
    rangeTypes: merge((m) => m.rangeTypes, qualified('range type')),
    sequences: merge((m) => m.sequences, qualified('sequence')),
    functions: merge((m) => m.functions, routines),
    tables: merge((m) => m.tables, tables),
    views: merge((m) => m.views, qualified('view')),
  };
  return { design: normalizeModel(merged), brought: report.brought, conflicts: report.conflicts };
}
