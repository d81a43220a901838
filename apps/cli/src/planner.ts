import type { MigrationPlan, RenameHint, Statement } from '@schema-studio/diff';
import { planMigration, planStatements, renderStatements, sessionSettings } from '@schema-studio/postgres';
import type { Dialect, SchemaModel } from '@schema-studio/schema';

/** What the commands need from a dialect's migration engine. */
export interface Planner {
  statements(from: SchemaModel, to: SchemaModel, hints: readonly RenameHint[]): Statement[];
  migration(from: SchemaModel, to: SchemaModel, hints: readonly RenameHint[]): MigrationPlan;
  /** Session settings to run before the statements (`--format json` lists them). */
  session(statements: readonly Statement[]): string[];
  /** The whole script as `diff` prints it: settings, then each statement with its hazards above it. */
  script(statements: readonly Statement[]): string;
}

const postgres: Planner = {
  statements: planStatements,
  migration: planMigration,
  session: (statements) => (statements.length > 0 ? sessionSettings() : []),
  script: (statements) => {
    if (statements.length === 0) return '';
    const preamble = sessionSettings()
      .map((s) => `${s};\n`)
      .join('');
    return `${preamble}\n${renderStatements(statements, { hazardComments: true })}`;
  },
};

/** The MySQL planner is loaded only when a MySQL migration is planned. */
async function mysqlPlanner(): Promise<Planner> {
  const mysql = await import('@schema-studio/mysql');
  return {
    statements: mysql.planMysqlStatements,
    migration: mysql.planMysqlMigration,
    // MySQL needs no session settings; the script's note says it cannot run in a transaction.
    session: () => [],
    script: (statements) => mysql.renderMysqlStatements(statements, { hazardComments: true }),
  };
}

export function plannerFor(dialect: Dialect): Promise<Planner> {
  return dialect === 'mysql' ? mysqlPlanner() : Promise.resolve(postgres);
}
