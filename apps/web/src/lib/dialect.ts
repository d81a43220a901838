import type { MigrationPlan, RenameHint, Statement } from '@schema-studio/diff';
import { planMysqlMigration, renderMysqlModelDdl, renderMysqlStatements } from '@schema-studio/mysql';
import { planMigration, renderModelDdl, renderStatements, sessionSettings } from '@schema-studio/postgres';
import type { Dialect, SchemaModel } from '@schema-studio/schema';

/**
 * What the browser does differently per dialect: plan, render statements and DDL, and the script's preamble.
 * Both planners are pure and browser-safe; the design's `dialect` picks one.
 */
interface DialectTools {
  plan(baseline: SchemaModel, design: SchemaModel, hints: readonly RenameHint[]): MigrationPlan;
  render(statements: readonly Statement[]): string;
  ddl(model: SchemaModel): string;
  /** Lines that open a migration file (session settings, or a note on how the server runs DDL). */
  preamble(): string[];
}

const postgres: DialectTools = {
  plan: planMigration,
  render: (statements) => renderStatements(statements, { hazardComments: true }),
  ddl: renderModelDdl,
  preamble: () => sessionSettings().map((s) => `${s};`),
};

const mysql: DialectTools = {
  plan: planMysqlMigration,
  render: (statements) => renderMysqlStatements(statements, { hazardComments: true }),
  ddl: renderMysqlModelDdl,
  // The rendered script already opens with the note that MySQL commits every DDL statement on its own.
  preamble: () => [],
};

export function dialectTools(dialect: Dialect): DialectTools {
  return dialect === 'mysql' ? mysql : postgres;
}
