/**
 * MySQL and MariaDB sources. Everything here reaches `@schema-studio/mysql/node` through dynamic imports, so the
 * driver is loaded only by commands that talk to a MySQL server.
 */
import type { SchemaModel } from '@schema-studio/schema';
import { UsageError } from './errors.ts';

type MysqlNode = typeof import('@schema-studio/mysql/node');

function mysqlNode(): Promise<MysqlNode> {
  return import('@schema-studio/mysql/node');
}

/**
 * Runs `work`, turning the driver's connection errors (bad URL, unreachable, access denied, unknown database)
 * into usage errors: they are bad input, and their messages name the server without the password.
 */
export async function withMysqlErrors<T>(prefix: string, work: (mysql: MysqlNode) => Promise<T>): Promise<T> {
  const mysql = await mysqlNode();
  try {
    return await work(mysql);
  } catch (error) {
    if (error instanceof mysql.ConnectionError) throw new UsageError(`${prefix}${error.message}`);
    throw error;
  }
}

/** Reads the database a `mysql://user:password@host:port/database` URL names. */
export function loadMysqlDatabase(url: string, onProgress?: (message: string) => void): Promise<SchemaModel> {
  return withMysqlErrors('', async (mysql) => {
    const { database } = mysql.parseMysqlUrl(url);
    if (!database) {
      throw new UsageError(
        `MySQL URL names no database: "${mysql.redactUrl(url)}" (expected mysql://user:password@host:port/database)`,
      );
    }
    const connection = await mysql.connectMysql(url);
    try {
      const { introspectMysql } = await import('@schema-studio/mysql');
      return await introspectMysql(connection.query, {
        database,
        onProgress: (step, done, total) => onProgress?.(`introspecting ${step} (${done}/${total})`),
      });
    } finally {
      await connection.close().catch(() => undefined);
    }
  });
}

/** Runs a MySQL script in a scratch database on the `--shadow` server (dropped after) and reads the result. */
export async function loadMysqlSql(
  path: string,
  sql: string,
  shadowUrl: string | undefined,
): Promise<SchemaModel> {
  if (shadowUrl === undefined) {
    throw new UsageError(
      `${path}: a MySQL .sql file runs on a real server: add --shadow mysql://user:password@host:port/ (a user allowed to create and drop databases)`,
    );
  }
  const result = await withMysqlErrors('shadow database: ', (mysql) => mysql.sqlToModelMysql(sql, shadowUrl));
  if (result.ok) return result.value;
  const where = result.error.line === undefined ? '' : `:${result.error.line}:${result.error.column}`;
  throw new UsageError(`${path}${where}: SQL error: ${oneLine(result.error.message)}`);
}

/** Server messages may span lines; a usage error is one line. */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}
