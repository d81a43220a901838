import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { connectPostgres } from '../connect.ts';
import type { ShadowFactory } from './shadow.ts';

/**
 * A shadow on a real server: each use creates a uniquely named scratch database there and drops it afterwards,
 * so the server's own data is never touched. Needs a role allowed to CREATE DATABASE.
 */
export function serverShadowFactory(serverUrl: string): ShadowFactory {
  return async () => {
    const name = `schema_studio_shadow_${randomBytes(6).toString('hex')}`;
    const admin = await connectPostgres(serverUrl);
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    let client: pg.Client;
    try {
      client = await connectPostgres(url.toString());
    } catch (error) {
      await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
      await admin.end();
      throw error;
    }
    return {
      description: `scratch database ${name} on ${url.host}`,
      query: (sql, params) => client.query(sql, params as unknown[] | undefined),
      exec: async (sql) => {
        await client.query(sql);
      },
      close: async () => {
        await client.end();
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.end();
      },
    };
  };
}
