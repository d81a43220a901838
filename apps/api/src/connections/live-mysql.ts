import { introspectMysql } from '@schema-studio/mysql';
import { ConnectionError, connectMysql, parseMysqlUrl } from '@schema-studio/mysql/node';
import type { SchemaModel } from '@schema-studio/schema';
import { type Failure, failure } from '../errors.ts';
import type { Progress } from '../jobs/registry.ts';
import type { Outcome, UrlParts } from './live.ts';

/** `mysql://` and `mariadb://` URLs go to MySQL/MariaDB; everything else is PostgreSQL's to judge. */
export const isMysqlUrl = (text: string) => /^(mysql|mariadb):\/\//i.test(text.trim());

export function describeMysqlUrl(text: string): Outcome<UrlParts> {
  try {
    const url = parseMysqlUrl(text);
    if (!url.database)
      return failure('INVALID_URL', 'A MySQL connection URL must name a database (mysql://host/db).');
    return { ok: true, value: { host: url.host, port: url.port, database: url.database, user: url.user } };
  } catch (error) {
    return failure('INVALID_URL', error instanceof ConnectionError ? error.message : undefined);
  }
}

export async function testMysqlConnection(url: string): Promise<Outcome<void>> {
  try {
    const connection = await connectMysql(url, { timeoutMs: 5_000 });
    try {
      await connection.query('SELECT 1');
    } finally {
      await connection.close();
    }
    return { ok: true, value: undefined };
  } catch (error) {
    return mysqlFailure(error);
  }
}

/** Reads the live database; progress is one step per catalog query. */
export async function introspectMysqlUrl(
  url: string,
  report?: (p: Progress) => void,
): Promise<Outcome<SchemaModel>> {
  const where = describeMysqlUrl(url);
  if (!('ok' in where)) return where;
  try {
    const connection = await connectMysql(url);
    try {
      const model = await introspectMysql(connection.query, {
        database: where.value.database,
        ...(report ? { onProgress: (step, done, total) => report({ step, done, total }) } : {}),
      });
      return { ok: true, value: model };
    } finally {
      await connection.close();
    }
  } catch (error) {
    return mysqlFailure(error);
  }
}

/** Connection and server errors are expected and name the server, never the password; anything else is a bug. */
function mysqlFailure(error: unknown): Failure {
  if (error instanceof ConnectionError) return failure('CONNECTION_FAILED', error.message);
  const code = (error as { code?: unknown } | null)?.code;
  if (error instanceof Error && typeof code === 'string') {
    return failure('CONNECTION_FAILED', `MySQL failed: ${error.message}`);
  }
  throw error;
}
