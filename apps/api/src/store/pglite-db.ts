import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { Db, Row } from './db.ts';

/**
 * The default store: PGlite with its data directory on local disk. PGlite's node filesystem writes each page
 * with a synchronous `write()` and commit writes the WAL before returning, so a committed transaction
 * survives the process being killed (it is in the kernel's page cache). PGlite runs with fsync off, so it is
 * not durable against power loss or a kernel crash: use PostgreSQL (`DATABASE_URL`) when that matters.
 */
export async function openPgliteDb(dir: string): Promise<Db> {
  mkdirSync(dir, { recursive: true });
  const pg = await PGlite.create(dir);
  return {
    kind: 'pglite',
    query: async <T extends Row>(sql: string, params: readonly unknown[] = []) =>
      (await pg.query<T>(sql, [...params])).rows,
    exec: async (sql) => {
      await pg.exec(sql);
    },
    transaction: (work) =>
      pg.transaction((tx) =>
        work({
          query: async <T extends Row>(sql: string, params: readonly unknown[] = []) =>
            (await tx.query<T>(sql, [...params])).rows,
          exec: async (sql) => {
            await tx.exec(sql);
          },
        }),
      ),
    close: () => pg.close(),
  };
}
