import { createScratchDatabase, type ScratchDatabase, withDatabase } from '../shadow/scratch.ts';

/**
 * The local test server; tests create and drop their own uniquely named databases on it. The default user is
 * the one `scripts/ensure-mariadb.sh` creates (root may only log in over the socket).
 */
export const TEST_MYSQL_URL =
  process.env.TEST_MYSQL_URL ?? 'mysql://schema_studio:schema_studio@127.0.0.1:3306/';

/** The test server's URL with `database` as its path. */
export function databaseUrl(database: string): string {
  return withDatabase(TEST_MYSQL_URL, database);
}

export type TempDatabase = ScratchDatabase;

/** Creates a fresh database named `ss_<prefix>_<random>` and a session in it. */
export function createTempDatabase(prefix = 'test'): Promise<TempDatabase> {
  return createScratchDatabase(TEST_MYSQL_URL, { prefix: `ss_${prefix}`.slice(0, 32) });
}

export { filesLoadedBy, intoDatabase, runWithClient } from './mariadb-client.ts';
