import { randomBytes } from 'node:crypto';
import { connectMysql, type MysqlConnection, parseMysqlUrl } from '../connect.ts';
import type { QueryFn } from '../query.ts';

/** A uniquely named database created for one job on a server and dropped afterwards. */
export interface ScratchDatabase {
  readonly name: string;
  /** The server URL with this database as its path. */
  readonly url: string;
  /** A session whose current database is this one. */
  readonly query: QueryFn;
  /** Runs a script of several statements at once. */
  exec(script: string): Promise<void>;
  /** Closes the session and drops the database; safe to call more than once. */
  drop(): Promise<void>;
}

/** `<prefix>_<12 hex digits>`, lower case and within MySQL's 64-character limit. */
export function scratchName(prefix: string): string {
  const clean = prefix
    .replace(/[^a-z0-9_]/gi, '_')
    .toLowerCase()
    .slice(0, 40);
  return `${clean}_${randomBytes(6).toString('hex')}`;
}

/** `url` with another database as its path. */
export function withDatabase(url: string, database: string): string {
  const next = new URL(url);
  next.pathname = `/${encodeURIComponent(database)}`;
  return next.toString();
}

export interface ScratchOptions {
  /** The name starts with this (default `schema_studio`). */
  readonly prefix?: string;
  /** Whether the session takes several statements per call (default true; see `ConnectOptions`). */
  readonly multipleStatements?: boolean;
}

/**
 * Creates a database named `<prefix>_<random>` on the server behind `serverUrl` (whatever database that URL
 * names is left alone) and opens a session in it. Needs a user allowed to CREATE and DROP databases.
 */
export async function createScratchDatabase(
  serverUrl: string,
  options: ScratchOptions = {},
): Promise<ScratchDatabase> {
  parseMysqlUrl(serverUrl);
  const name = scratchName(options.prefix ?? 'schema_studio');
  const admin = await connectMysql(withDatabase(serverUrl, ''));
  let session: MysqlConnection;
  try {
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4`);
    session = await connectMysql(withDatabase(serverUrl, name), {
      multipleStatements: options.multipleStatements ?? true,
    });
  } catch (error) {
    await admin.query(`DROP DATABASE IF EXISTS \`${name}\``).catch(() => undefined);
    await admin.close();
    throw error;
  }
  let dropped = false;
  return {
    name,
    url: withDatabase(serverUrl, name),
    query: session.query,
    exec: session.exec,
    drop: async () => {
      if (dropped) return;
      dropped = true;
      try {
        await session.close().catch(() => undefined);
        await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
      } finally {
        await admin.close();
      }
    },
  };
}
