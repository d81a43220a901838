import { planMysqlMigration } from '@schema-studio/mysql';
import { planMigration } from '@schema-studio/postgres';
import {
  applyEdits,
  type ColumnDef,
  type Dialect,
  emptyModel,
  type ForeignKeyDef,
  foreignKey,
  type IndexDef,
  type SchemaModel,
  type TableDef,
  type TableInit,
  tableDef,
} from '@schema-studio/schema';
import { expect } from 'vitest';
import { lintModel } from '../lint.ts';
import type { Finding, LintOptions } from '../types.ts';

export const col = (name: string, type = 'integer', extra: Partial<ColumnDef> = {}): ColumnDef => ({
  name,
  type,
  nullable: false,
  ...extra,
});

/** A table with `id` as its primary key unless `init` says otherwise. */
export function table(name: string, columns: readonly ColumnDef[], init: Partial<TableInit> = {}): TableDef {
  return tableDef({
    schema: 'public',
    name,
    columns,
    primaryKey: { name: `${name}_pkey`, columns: ['id'] },
    ...init,
  });
}

export function model(tables: readonly TableDef[], dialect: Dialect = 'postgres'): SchemaModel {
  // MySQL objects have schema '', references included.
  const inDialect =
    dialect === 'mysql'
      ? tables.map((t) => ({
          ...t,
          schema: '',
          foreignKeys: t.foreignKeys.map((k) => ({ ...k, refSchema: '' })),
        }))
      : tables;
  return { ...emptyModel(dialect), tables: [...inDialect].sort((a, b) => a.name.localeCompare(b.name)) };
}

export const btree = (name: string, columns: readonly string[], unique = false): IndexDef => ({
  name,
  unique,
  method: 'btree',
  keys: columns.map((column) => ({ column })),
});

export const fk = (
  from: string,
  columns: readonly string[],
  to: string,
  refColumns = ['id'],
): ForeignKeyDef => foreignKey(from, columns, { schema: 'public', table: to, columns: refColumns });

/** Findings of one rule (others switched off by filtering, so a test sees only what it is about). */
export function findings(m: SchemaModel, rule: string, options: LintOptions = {}): Finding[] {
  return lintModel(m, options).filter((f) => f.rule === rule);
}

/** The one finding of `rule`, asserting there is exactly one. */
export function only(m: SchemaModel, rule: string, options: LintOptions = {}): Finding {
  const found = findings(m, rule, options);
  expect(found).toHaveLength(1);
  return found[0] as Finding;
}

/** Applies the finding's fix and plans the migration with the model's dialect: the `up` SQL. */
export function fixSql(m: SchemaModel, finding: Finding): string[] {
  expect(finding.fix, `${finding.rule} has a fix`).toBeDefined();
  const fixed = applyEdits(m, finding.fix ?? []);
  expect(fixed, 'the reducer applies the fix').not.toBe(m);
  const again = lintModel(fixed).filter(
    (f) => f.rule === finding.rule && JSON.stringify(f.object) === JSON.stringify(finding.object),
  );
  expect(again, 'the fix resolves the finding').toEqual([]);
  const plan = m.dialect === 'mysql' ? planMysqlMigration(m, fixed) : planMigration(m, fixed);
  return plan.up.map((s) => s.sql);
}
