import {
  emptyModel,
  type RoutineDef,
  type SchemaModel,
  type TableDef,
  tableDef,
} from '@schema-studio/schema';
import type { CatalogRows } from './catalog.ts';
import type { CheckRow } from './checks.sql.ts';
import type { ColumnRow } from './columns.sql.ts';
import type { ServerFeatures } from './features.ts';
import { asJsonColumn, toColumn } from './map-columns.ts';
import { isJsonValidCheck, toCheck, toForeignKeys } from './map-constraints.ts';
import { groupIndexParts, toTableKeys } from './map-indexes.ts';
import { toRoutine, toTriggers } from './map-objects.ts';
import { toTableOptions } from './map-tables.ts';
import { toView } from './map-views.ts';
import type { TableRow } from './tables.sql.ts';

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

/** Per-table lookups built once, so assembling stays linear in the number of rows. */
interface ByTable {
  readonly columns: Map<string, ColumnRow[]>;
  readonly checks: Map<string, CheckRow[]>;
  readonly foreignKeys: Map<string, CatalogRows['foreignKeys'][number][]>;
  readonly triggers: Map<string, CatalogRows['triggers'][number][]>;
  readonly indexes: ReturnType<typeof groupIndexParts>;
}

/**
 * The rows of one database as a model. Tables, views and routines get schema `''`: a MySQL database is the
 * whole model (it has no schemas inside), and its name is left out so that the same design read from a live
 * database and from a scratch database gives equal models.
 */
export function assembleModel(rows: CatalogRows, database: string, features: ServerFeatures): SchemaModel {
  const byTable: ByTable = {
    columns: groupBy(rows.columns, (r) => r.table),
    checks: groupBy(rows.checks, (r) => r.table),
    foreignKeys: groupBy(rows.foreignKeys, (r) => r.table),
    triggers: groupBy(rows.triggers, (r) => r.table),
    indexes: groupIndexParts(rows.indexParts),
  };
  const functions = toRoutines(rows);
  const known = new Set([...rows.tables, ...rows.views, ...functions].map((o) => o.name));
  return {
    ...emptyModel('mysql'),
    functions,
    tables: rows.tables.map((t) => toTable(t, byTable, database, features)),
    views: rows.views.map((v) => toView(v, byTable.columns.get(v.name) ?? [], database, known)),
  };
}

function toTable(row: TableRow, byTable: ByTable, database: string, features: ServerFeatures): TableDef {
  const columnRows = byTable.columns.get(row.name) ?? [];
  const checks = byTable.checks.get(row.name) ?? [];
  const json = jsonColumns(columnRows, checks, features);
  const { mysql, options } = toTableOptions(row);
  return tableDef({
    schema: '',
    name: row.name,
    columns: columnRows.map((c) => {
      const column = toColumn(c, row, features);
      return json.has(c.name) ? asJsonColumn(column) : column;
    }),
    ...toTableKeys(byTable.indexes.get(row.name) ?? []),
    foreignKeys: toForeignKeys(byTable.foreignKeys.get(row.name) ?? [], database),
    checks: checks.filter((c) => !(json.has(c.name) && isJsonValidCheck(c))).map(toCheck),
    triggers: toTriggers(byTable.triggers.get(row.name) ?? []),
    mysql,
    ...(options ? { options } : {}),
    ...(row.comment ? { comment: row.comment } : {}),
  });
}

/** MariaDB's JSON columns: LONGTEXT with the `json_valid` column check the alias adds. */
function jsonColumns(columns: readonly ColumnRow[], checks: readonly CheckRow[], features: ServerFeatures) {
  if (!features.mariadb) return new Set<string>();
  const longtext = new Set(columns.filter((c) => c.dataType === 'longtext').map((c) => c.name));
  return new Set(checks.filter((c) => isJsonValidCheck(c) && longtext.has(c.name)).map((c) => c.name));
}

function toRoutines(rows: CatalogRows): RoutineDef[] {
  const parameters = groupBy(rows.parameters, (p) => `${p.routineType}\0${p.routine}`);
  return rows.routines.flatMap((r) => toRoutine(r, parameters.get(`${r.type}\0${r.name}`) ?? []) ?? []);
}
