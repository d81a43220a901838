import type { Hazard, HazardCode, Statement } from '@schema-studio/diff';
import { qualifiedKey, type TableDef } from '@schema-studio/schema';
import type { TableTraits } from './online-rules.ts';

export type On = { readonly schema: string; readonly table: string };

/** What emitters know about the plan beyond their own change. */
export interface EmitContext {
  /** `schema.name` of tables and views this plan creates: they are empty, so lock and rewrite hazards vanish. */
  readonly created: ReadonlySet<string>;
  /** Foreign keys declared inside their CREATE TABLE, by `foreignKeyKey`. */
  readonly inlineForeignKeys: ReadonlySet<string>;
  /** A table as the `from` model has it (drops name tables by their `from` names). */
  readonly fromTable: (on: On) => TableDef | undefined;
  /** A table as the `to` model has it. */
  readonly toTable: (on: On) => TableDef | undefined;
  /** The `to` name of the table an index rename happens on (the neutral change does not carry it). */
  readonly indexRenameTable: (schema: string, from: string, to: string) => string | undefined;
  /** Columns of a `to` table that foreign keys of any `to` table reference. */
  readonly referencedColumns: (schema: string, table: string) => ReadonlySet<string>;
}

export const foreignKeyKey = (schema: string, table: string, name: string) =>
  JSON.stringify([schema, table, name]);

/** Engine and name of the table a statement alters, for the online rules. */
export function traitsOf(context: EmitContext, on: On): TableTraits {
  const table = context.toTable(on) ?? context.fromTable(on);
  const engine = table?.mysql?.engine;
  return { name: on.table, ...(engine === undefined ? {} : { engine }) };
}

export function hazard(code: HazardCode, reason: string): Hazard {
  return { code, reason };
}

/** How hazard reasons name a table. */
export function shown(name: string): string {
  return `\`${name}\``;
}

/**
 * Every MySQL DDL statement commits the open transaction and cannot be rolled back: a migration that fails
 * half-way stays half-applied. Each statement says so, so no consumer mistakes a plan for an atomic one.
 */
const NOT_TRANSACTIONAL = hazard(
  'NOT_TRANSACTIONAL',
  'MySQL commits DDL implicitly: this statement cannot be rolled back if a later one fails',
);

export function statement(sql: string, hazards: readonly Hazard[] = []): Statement {
  return { sql, hazards: [...hazards, NOT_TRANSACTIONAL], transactional: false };
}

export function isCreated(context: EmitContext, on: On): boolean {
  return context.created.has(qualifiedKey(on.schema, on.table));
}

/** Hazards that only matter when the table already holds rows and serves traffic. */
export function onExisting(context: EmitContext, on: On, hazards: readonly Hazard[]): Hazard[] {
  return isCreated(context, on) ? [] : [...hazards];
}

/** The SQL of a stored definition without the trailing semicolon a catalog or an editor may leave. */
export function bareStatement(sql: string): string {
  return sql
    .trim()
    .replace(/;+\s*$/, '')
    .trimEnd();
}
