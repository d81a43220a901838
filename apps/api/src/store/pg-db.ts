import pg from 'pg';
import type { Db, Row, Tx } from './db.ts';

/** The store on a PostgreSQL server (`DATABASE_URL`): for teams, and for several API instances. */
export async function openPgDb(databaseUrl: string, onError: (error: Error) => void): Promise<Db> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  // An idle client losing its connection must not crash the server; the next query reconnects.
  pool.on('error', onError);
  const onClient = (client: pg.PoolClient | pg.Pool): Tx => ({
    query: async <T extends Row>(sql: string, params: readonly unknown[] = []) =>
      (await client.query<T>(sql, [...params])).rows,
    exec: async (sql) => {
      await client.query(sql);
    },
  });
  // Fail at start-up, with the server named, rather than on the first request.
  const probe = await pool.connect();
  probe.release();
  return {
    kind: 'postgres',
    ...onClient(pool),
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(onClient(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
