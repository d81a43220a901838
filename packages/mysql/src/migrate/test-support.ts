/** Hand-made MySQL models for the planner's unit tests. */
import type { RenameHint, Statement } from '@schema-studio/diff';
import {
  type ColumnDef,
  emptyModel,
  type ForeignKeyDef,
  type IndexDef,
  type SchemaModel,
  type TableDef,
  tableDef,
} from '@schema-studio/schema';
import { planMysqlMigration } from './plan.ts';

type Writable<T> = { -readonly [K in keyof T]?: T[K] };

/** The schema hand-made tables live in; MySQL statements never name it for objects of one database. */
export const DB = 'app';

export function mysqlModel(...tables: TableDef[]): SchemaModel {
  return { ...emptyModel('mysql'), tables };
}

export function col(name: string, type: string, extra: Writable<ColumnDef> = {}): ColumnDef {
  return { name, type, nullable: true, ...extra };
}

/** An InnoDB table, so the online clauses apply. */
export function table(name: string, columns: readonly ColumnDef[], extra: Writable<TableDef> = {}): TableDef {
  return tableDef({ schema: DB, name, columns, mysql: { engine: 'InnoDB', charset: 'utf8mb4' }, ...extra });
}

export function idx(name: string, columns: readonly string[], extra: Writable<IndexDef> = {}): IndexDef {
  return { name, unique: false, method: 'BTREE', keys: columns.map((column) => ({ column })), ...extra };
}

export function fk(
  name: string,
  columns: readonly string[],
  refTable: string,
  refColumns: readonly string[],
): ForeignKeyDef {
  return {
    name,
    columns,
    refSchema: DB,
    refTable,
    refColumns,
    onUpdate: 'restrict',
    onDelete: 'cascade',
    match: 'simple',
    deferrable: false,
    initiallyDeferred: false,
  };
}

export const ID = col('id', 'int(11)', { nullable: false, mysql: { autoIncrement: true } });
export const PK = { name: 'PRIMARY', columns: ['id'] };

export const sqlOf = (statements: readonly Statement[]) => statements.map((s) => s.sql);

export function upSql(from: SchemaModel, to: SchemaModel, hints: readonly RenameHint[] = []): string[] {
  return sqlOf(planMysqlMigration(from, to, hints).up);
}

/** Each `up` statement with its hazard codes (NOT_TRANSACTIONAL, on every one, left out). */
export function upHazards(from: SchemaModel, to: SchemaModel, hints: readonly RenameHint[] = []) {
  return planMysqlMigration(from, to, hints).up.map((s) => ({
    sql: s.sql,
    hazards: s.hazards.map((h) => h.code).filter((c) => c !== 'NOT_TRANSACTIONAL'),
  }));
}
