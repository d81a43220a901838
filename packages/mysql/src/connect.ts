import mysql from 'mysql2/promise';
import type { QueryFn, Row } from './query.ts';

/** Why a connection could not be made; stable, so the API and CLI can map it to their own codes. */
export type ConnectionErrorCode =
  | 'INVALID_URL'
  | 'UNREACHABLE'
  | 'ACCESS_DENIED'
  | 'UNKNOWN_DATABASE'
  | 'CONNECTION_FAILED';

/** A connection problem worded for people: which server, and what went wrong. */
export class ConnectionError extends Error {
  override readonly name = 'ConnectionError';
  constructor(
    readonly code: ConnectionErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** The parts of a `mysql://user:password@host:port/database` URL, decoded. */
export interface MysqlUrl {
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly password: string;
  /** Absent when the URL names only a server (`mysql://host/`). */
  readonly database?: string;
}

/** Checks a `mysql://` (or `mariadb://`) URL before any network work, so a typo gets a clear message. */
export function parseMysqlUrl(text: string): MysqlUrl {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ConnectionError('INVALID_URL', `not a valid MySQL URL: "${redactUrl(text)}"`);
  }
  if (url.protocol !== 'mysql:' && url.protocol !== 'mariadb:') {
    throw new ConnectionError('INVALID_URL', `not a MySQL URL (expected mysql://...): "${redactUrl(text)}"`);
  }
  if (!url.hostname) throw new ConnectionError('INVALID_URL', `MySQL URL has no host: "${redactUrl(text)}"`);
  const port = url.port === '' ? 3306 : Number(url.port);
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (database.includes('/')) {
    throw new ConnectionError('INVALID_URL', `MySQL URL names more than a database: "${redactUrl(text)}"`);
  }
  return {
    // URL keeps IPv6 literals bracketed; the driver wants them bare.
    host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port,
    user: decodeURIComponent(url.username) || 'root',
    password: decodeURIComponent(url.password),
    ...(database ? { database } : {}),
  };
}

/** The URL with its password replaced, for messages and logs. */
export function redactUrl(text: string): string {
  try {
    const url = new URL(text);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    // Not a URL, but it may still hold `user:password@`. Keep the scheme (its colon is not the user's) and
    // hide everything from the user's colon to the last @: such a password may hold `/`, `@` or spaces.
    const at = text.lastIndexOf('@');
    const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(text)?.[0] ?? '';
    const userinfo = at < 0 ? '' : text.slice(scheme.length, at);
    const colon = userinfo.indexOf(':');
    return colon < 0 ? text : `${scheme}${userinfo.slice(0, colon)}:***${text.slice(at)}`;
  }
}

/** One session to a MySQL or MariaDB server. */
export interface MysqlConnection {
  /** The database the URL named, if any. */
  readonly database?: string;
  /** One statement with `?` placeholders; rows for a SELECT, `[]` for anything else. */
  readonly query: QueryFn;
  /** A script of several statements sent at once (multi-statement protocol). */
  exec(script: string): Promise<void>;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** Default 10 s. */
  readonly timeoutMs?: number;
  /**
   * Let `exec` send several statements at once (default true). Off, the server takes exactly one statement per
   * call, so a script can be run statement by statement and a failure pinned to one of them.
   */
  readonly multipleStatements?: boolean;
}

/** Opens one session; failures become a {@link ConnectionError} naming the server and the reason. */
export async function connectMysql(text: string, options: ConnectOptions = {}): Promise<MysqlConnection> {
  const url = parseMysqlUrl(text);
  let connection: mysql.Connection;
  try {
    connection = await mysql.createConnection({
      host: url.host,
      port: url.port,
      user: url.user,
      password: url.password,
      ...(url.database ? { database: url.database } : {}),
      connectTimeout: options.timeoutMs ?? 10_000,
      multipleStatements: options.multipleStatements ?? true,
      charset: 'utf8mb4',
      // Catalog values are text; dates and 64-bit numbers must not be reinterpreted by the driver.
      dateStrings: true,
      supportBigNumbers: true,
      bigNumberStrings: true,
    });
  } catch (error) {
    throw connectionError(url, error);
  }
  // An idle connection can emit errors (server restart) that would otherwise crash the process.
  connection.on('error', () => undefined);
  return {
    ...(url.database ? { database: url.database } : {}),
    query: async (sql, params) => {
      const [result] = await connection.query(sql, params as unknown[] | undefined);
      return Array.isArray(result) ? (result as Row[]) : [];
    },
    exec: async (script) => {
      await connection.query(script);
    },
    close: () => connection.end(),
  };
}

const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ETIMEDOUT',
  'ECONNRESET',
]);
const ACCESS_DENIED = new Set([
  'ER_ACCESS_DENIED_ERROR',
  'ER_DBACCESS_DENIED_ERROR',
  'ER_NOT_SUPPORTED_AUTH_MODE',
]);

function connectionError(url: MysqlUrl, error: unknown): ConnectionError {
  const driverCode = (error as { code?: unknown }).code;
  const reason = error instanceof Error && error.message ? error.message : String(driverCode ?? error);
  const where = `MySQL at ${url.host}:${url.port}${url.database ? `/${url.database}` : ''}`;
  if (typeof driverCode === 'string' && UNREACHABLE.has(driverCode)) {
    return new ConnectionError('UNREACHABLE', `cannot reach ${where}: ${reason}`);
  }
  if (typeof driverCode === 'string' && ACCESS_DENIED.has(driverCode)) {
    return new ConnectionError('ACCESS_DENIED', `access denied by ${where}: ${reason}`);
  }
  if (driverCode === 'ER_BAD_DB_ERROR') {
    return new ConnectionError('UNKNOWN_DATABASE', `no database "${url.database}" on ${where}: ${reason}`);
  }
  return new ConnectionError('CONNECTION_FAILED', `cannot connect to ${where}: ${reason}`);
}
