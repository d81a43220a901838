import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { QueryFn } from '../query.ts';

/** The local test server; tests create and drop their own uniquely named databases on it. */
export const TEST_SERVER_URL = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function databaseUrl(database: string): string {
  const url = new URL(TEST_SERVER_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

export interface TempDatabase {
  readonly name: string;
  readonly url: string;
  readonly query: QueryFn;
  /** Runs a multi-statement script (simple query protocol). */
  exec(sql: string): Promise<void>;
  drop(): Promise<void>;
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_SERVER_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Creates a fresh database named `ss_<prefix>_<random>` and a client connected to it. */
export async function createTempDatabase(prefix = 'test'): Promise<TempDatabase> {
  const name = `ss_${prefix
    .replace(/[^a-z0-9_]/gi, '_')
    .toLowerCase()
    .slice(0, 30)}_${randomBytes(4).toString('hex')}`;
  await adminQuery(`CREATE DATABASE "${name}"`);
  const url = databaseUrl(name);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    name,
    url,
    query: async (sql, params) => client.query(sql, params as unknown[] | undefined),
    exec: async (sql) => {
      await client.query(sql);
    },
    drop: async () => {
      await client.end();
      await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}
