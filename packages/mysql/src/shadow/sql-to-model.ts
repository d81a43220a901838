import { err, ok, type Result, type SchemaModel } from '@schema-studio/schema';
import { introspectMysql } from '../introspect/index.ts';
import { runMysqlScript } from './run-script.ts';
import { createScratchDatabase } from './scratch.ts';
import type { MysqlSqlError } from './sql-error.ts';

/**
 * Turns a MySQL script into a model the only trustworthy way: the server behind `serverUrl` runs it in a
 * uniquely named scratch database, and the introspector that reads live databases reads the result. The
 * scratch database is dropped in every case. The user needs CREATE and DROP on databases.
 *
 * A failing statement gives an error value with the server's message and where it is in the script;
 * connection problems throw a `ConnectionError`. The script must stay in its database: `USE` elsewhere is
 * reported as an error (what a script does to other databases on the server is its own business).
 */
export interface SqlToModelOptions {
  /** The scratch database's name starts with this (default `schema_studio_shadow`). */
  readonly prefix?: string;
}

export async function sqlToModelMysql(
  sql: string,
  serverUrl: string,
  options: SqlToModelOptions = {},
): Promise<Result<SchemaModel, MysqlSqlError>> {
  // The scratch session takes one statement per call, so a failure is pinned to one statement.
  const scratch = await createScratchDatabase(serverUrl, {
    prefix: options.prefix ?? 'schema_studio_shadow',
    multipleStatements: false,
  });
  try {
    const loaded = await runMysqlScript((statement) => scratch.query(statement), sql);
    if (!loaded.ok) return loaded;
    const [row] = await scratch.query('SELECT DATABASE() AS current_database');
    if (row?.current_database !== scratch.name) {
      return err({
        message: `the script switched to another database (USE ${String(row?.current_database)})`,
      });
    }
    return ok(await introspectMysql(scratch.query, { database: scratch.name }));
  } finally {
    await scratch.drop();
  }
}
