import type { ChangeKind, ChangeOf, Hazard, HazardCode, Statement } from '@schema-studio/diff';
import { qualifiedKey } from '@schema-studio/schema';

/** What emitters know about the plan beyond their own change. */
export interface EmitContext {
  /**
   * `schema.name` of tables, views and domains the plan creates: nothing holds data in them yet, so
   * statements on them are harmless.
   */
  readonly created: ReadonlySet<string>;
  /** `schema.name` of partitioned tables (CREATE INDEX CONCURRENTLY does not work on them). */
  readonly partitioned: ReadonlySet<string>;
}

export type Emitter<K extends ChangeKind> = (change: ChangeOf<K>, context: EmitContext) => Statement[];
export type EmitterMap<K extends ChangeKind> = { readonly [P in K]: Emitter<P> };

export function statement(sql: string, hazards: readonly Hazard[] = [], transactional = true): Statement {
  return { sql, hazards, transactional };
}

export function hazard(code: HazardCode, reason: string): Hazard {
  return { code, reason };
}

/** `"public.users"`: how hazard reasons name an object. */
export function shown(schema: string, name: string): string {
  return `"${schema}.${name}"`;
}

export function isCreated(
  context: EmitContext,
  on: { readonly schema: string; readonly table: string },
): boolean {
  return context.created.has(qualifiedKey(on.schema, on.table));
}

/** Hazards that only matter when the table already holds data and traffic. */
export function onExisting(
  context: EmitContext,
  on: { readonly schema: string; readonly table: string },
  hazards: readonly Hazard[],
): Hazard[] {
  return isCreated(context, on) ? [] : [...hazards];
}

export function exclusiveLock(schema: string, table: string): Hazard {
  return hazard('ACCESS_EXCLUSIVE_LOCK', `locks table ${shown(schema, table)} against reads and writes`);
}

/** The SQL of a stored statement without the trailing semicolon and blank lines the catalog renders. */
export function bareStatement(sql: string): string {
  return sql
    .trim()
    .replace(/;+\s*$/, '')
    .trimEnd();
}
