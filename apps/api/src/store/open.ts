import { join } from 'node:path';
import type { Db } from './db.ts';
import { migrate } from './migrate.ts';
import { openPgDb } from './pg-db.ts';
import { openPgliteDb } from './pglite-db.ts';
import { sqlStore } from './sql-store.ts';
import type { Store } from './store.ts';

export type StoreOption = 'pglite' | { readonly databaseUrl: string };

/** Opens the configured store and brings its schema up to date before anything reads it. */
export async function openStore(
  option: StoreOption,
  dataDir: string,
  onError: (error: Error) => void,
): Promise<Store> {
  const db: Db =
    option === 'pglite'
      ? await openPgliteDb(join(dataDir, 'store'))
      : await openPgDb(option.databaseUrl, onError);
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return sqlStore(db);
}
