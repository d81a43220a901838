/**
 * Live statistics for `lint` on a database URL, read on a session of its own with timeouts: the read is a
 * handful of catalog queries, and an advisor must never queue behind (or hold up) a production lock.
 */
import { readLiveStats } from '@schema-studio/postgres';
import { connectPostgres } from '@schema-studio/postgres/connect';
import type { LiveStats } from '@schema-studio/schema';
import { isMysqlUrl, isPostgresUrl } from '../dialect.ts';
import { withMysqlErrors } from '../mysql-source.ts';

/** How long one statistics query may run; the whole read is four to six of them. */
const STATEMENT_TIMEOUT_S = 5;
/** Size functions take a light lock on each table; give up rather than wait behind a migration's. */
const LOCK_TIMEOUT_S = 1;

/** Whether `lint` reads live statistics for this source: only a database URL has any. */
export function isLiveSource(spec: string): boolean {
  return isPostgresUrl(spec) || isMysqlUrl(spec);
}

export function readStats(url: string): Promise<LiveStats> {
  return isMysqlUrl(url) ? readMysqlStats(url) : readPostgresStats(url);
}

async function readPostgresStats(url: string): Promise<LiveStats> {
  const client = await connectPostgres(url);
  try {
    // Session-level SETs on our own connection: they end with it.
    await client.query(`SET statement_timeout = '${STATEMENT_TIMEOUT_S}s'`);
    await client.query(`SET lock_timeout = '${LOCK_TIMEOUT_S}s'`);
    return await readLiveStats((sql, params) => client.query(sql, params as unknown[] | undefined));
  } finally {
    await client.end().catch(() => undefined);
  }
}

function readMysqlStats(url: string): Promise<LiveStats> {
  return withMysqlErrors('', async (mysql) => {
    const database = mysql.parseMysqlUrl(url).database ?? '';
    const connection = await mysql.connectMysql(url, { multipleStatements: false });
    try {
      // MariaDB and MySQL name the statement timeout differently; each ignores (rejects) the other's.
      const timeouts = [
        `SET SESSION max_statement_time = ${STATEMENT_TIMEOUT_S}`,
        `SET SESSION max_execution_time = ${STATEMENT_TIMEOUT_S * 1000}`,
        `SET SESSION lock_wait_timeout = ${LOCK_TIMEOUT_S}`,
      ];
      for (const sql of timeouts) await connection.query(sql).catch(() => undefined);
      const { readMysqlLiveStats } = await import('@schema-studio/mysql');
      return await readMysqlLiveStats(connection.query, { database });
    } finally {
      await connection.close().catch(() => undefined);
    }
  });
}
