import type { SchemaModel } from '@schema-studio/schema';
import pg from 'pg';
import { type IntrospectOptions, introspectPostgres } from './introspect/index.ts';
import type { QueryFn } from './query.ts';

/** A connection problem worded for people: which server, and what went wrong. */
export class ConnectionError extends Error {
  override readonly name = 'ConnectionError';
}

/** Checks a `postgres://` URL before any network work, so a typo gets a clear message. */
export function parsePostgresUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ConnectionError(`not a valid PostgreSQL URL: "${redactUrl(text)}"`);
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConnectionError(`not a PostgreSQL URL (expected postgres://...): "${redactUrl(text)}"`);
  }
  if (!url.hostname && !url.searchParams.get('host')) {
    throw new ConnectionError(`PostgreSQL URL has no host: "${redactUrl(text)}"`);
  }
  return url;
}

/** The URL with its password replaced, for messages and logs. */
export function redactUrl(text: string): string {
  try {
    const url = new URL(text);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return text.replace(/:\/\/([^:/@]+):[^@]*@/, '://$1:***@');
  }
}

/** Opens one session to a PostgreSQL server; failures become a {@link ConnectionError} naming the server. */
export async function connectPostgres(text: string, timeoutMs = 10_000): Promise<pg.Client> {
  const url = parsePostgresUrl(text);
  const client = new pg.Client({ connectionString: text, connectionTimeoutMillis: timeoutMs });
  // An idle client can emit errors (server restart) that would otherwise crash the process.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConnectionError(`cannot connect to PostgreSQL at ${url.host}${url.pathname}: ${reason}`);
  }
  return client;
}

export interface IntrospectDatabaseOptions extends Omit<IntrospectOptions, 'extraSessions'> {
  /** Sessions to read the catalog with; more than one spreads the queries over server cores. */
  readonly sessions?: number;
}

/**
 * Introspects the database behind a URL, over `sessions` connections sharing one snapshot (default 3: on
 * 1,000 tables the catalog is read in about half the time of one session; see docs/benchmarks.md).
 */
export async function introspectDatabase(
  url: string,
  options: IntrospectDatabaseOptions = {},
): Promise<SchemaModel> {
  const count = Math.max(1, options.sessions ?? 3);
  const opened = await Promise.allSettled(Array.from({ length: count }, () => connectPostgres(url)));
  const clients = opened.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
  const failure = opened.find((o) => o.status === 'rejected');
  if (failure) {
    await Promise.all(clients.map((c) => c.end()));
    throw failure.reason;
  }
  const asQuery =
    (client: pg.Client): QueryFn =>
    (sql, params) =>
      client.query(sql, params as unknown[] | undefined);
  try {
    const [first, ...rest] = clients.map(asQuery);
    if (!first) throw new Error('no session');
    return await introspectPostgres(first, { ...options, extraSessions: rest });
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
}
