import {
  ConnectionError,
  connectPostgres,
  introspectDatabase,
  parsePostgresUrl,
} from '@schema-studio/postgres/connect';
import type { SchemaModel } from '@schema-studio/schema';
import { type Failure, failure } from '../errors.ts';
import type { Progress } from '../jobs/registry.ts';
import type { ConnectionRecord } from '../store/store.ts';
import { describeMysqlUrl, introspectMysqlUrl, isMysqlUrl, testMysqlConnection } from './live-mysql.ts';
import type { SecretBox } from './secret-box.ts';

export type Outcome<T> = { readonly ok: true; readonly value: T } | Failure;
const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });

export interface UrlParts {
  readonly host: string;
  readonly port: number;
  readonly database: string;
  readonly user: string;
}

/** What a connection shows about its URL: everything but the password. */
export function describeUrl(text: string): Outcome<UrlParts> {
  if (isMysqlUrl(text)) return describeMysqlUrl(text);
  let url: URL;
  try {
    url = parsePostgresUrl(text);
  } catch (error) {
    return failure('INVALID_URL', error instanceof ConnectionError ? error.message : undefined);
  }
  const user = decodeURIComponent(url.username) || url.searchParams.get('user') || 'postgres';
  return ok({
    host: url.hostname || url.searchParams.get('host') || '',
    port: Number(url.port || url.searchParams.get('port') || 5432),
    database: decodeURIComponent(url.pathname.replace(/^\//, '')) || user,
    user,
  });
}

/** Connects and runs `SELECT 1`, so a connection is only stored when it works. */
export async function testConnection(url: string): Promise<Outcome<void>> {
  if (isMysqlUrl(url)) return testMysqlConnection(url);
  try {
    const client = await connectPostgres(url, 5_000);
    try {
      await client.query('SELECT 1');
    } finally {
      await client.end();
    }
    return ok(undefined);
  } catch (error) {
    return connectionFailure(url, error);
  }
}

/** Reads the live schema; progress is one step per catalog query. */
export async function introspectUrl(
  url: string,
  report?: (p: Progress) => void,
): Promise<Outcome<SchemaModel>> {
  if (isMysqlUrl(url)) return introspectMysqlUrl(url, report);
  try {
    const onProgress = report
      ? (step: string, done: number, total: number) => report({ step, done, total })
      : undefined;
    return ok(await introspectDatabase(url, onProgress ? { onProgress } : {}));
  } catch (error) {
    return connectionFailure(url, error);
  }
}

export function openUrl(box: SecretBox, connection: ConnectionRecord): Outcome<string> {
  const url = box.open(connection.urlEncrypted);
  return url === undefined ? failure('SECRET_MISMATCH') : ok(url);
}

/**
 * Connection and server errors are expected (a server down, a wrong password, a permission missing): they
 * name the server, never the password. Anything else is a bug and is thrown on.
 */
function connectionFailure(url: string, error: unknown): Failure {
  if (error instanceof ConnectionError) return failure('CONNECTION_FAILED', error.message);
  const sqlState = (error as { code?: unknown } | null)?.code;
  if (error instanceof Error && typeof sqlState === 'string') {
    const where = describeUrl(url);
    const server =
      'ok' in where ? `${where.value.host}:${where.value.port}/${where.value.database}` : 'the server';
    return failure('CONNECTION_FAILED', `PostgreSQL at ${server} failed: ${error.message}`);
  }
  throw error;
}
