/**
 * Live statistics for `lint` on a database URL, read on a session of its own within `LIVE_STATS_LIMITS`: the
 * read is a handful of catalog queries, and an advisor must never queue behind (or hold up) a production lock.
 */
import { readLiveStatsLimited } from '@schema-studio/postgres';
import { connectPostgres } from '@schema-studio/postgres/connect';
import type { LiveStats } from '@schema-studio/schema';
import { isMysqlUrl, isPostgresUrl } from '../dialect.ts';
import { withMysqlErrors } from '../mysql-source.ts';

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
    return await readLiveStatsLimited((sql, params) => client.query(sql, params as unknown[] | undefined));
  } finally {
    await client.end().catch(() => undefined);
  }
}

function readMysqlStats(url: string): Promise<LiveStats> {
  return withMysqlErrors('', async (mysql) => {
    const database = mysql.parseMysqlUrl(url).database ?? '';
    const connection = await mysql.connectMysql(url, { multipleStatements: false });
    try {
      const { readMysqlLiveStatsLimited } = await import('@schema-studio/mysql');
      return await readMysqlLiveStatsLimited(connection.query, { database });
    } finally {
      await connection.close().catch(() => undefined);
    }
  });
}
