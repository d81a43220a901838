import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
// The loader the MySQL package's own fixture tests use: the `mariadb` client (only it reads DELIMITER), with a
// fixture's `CREATE SCHEMA sakila; USE sakila;` pointed at a uniquely named database.
import { intoDatabase, runWithClient } from '../../packages/mysql/src/testing/mariadb-client.ts';

/** The local MariaDB and the TCP user scripts/ensure-mariadb.sh creates. */
const SERVER = process.env.TEST_MYSQL_URL ?? 'mysql://schema_studio:schema_studio@127.0.0.1:3306/';

/** The server URL with no database: where the studio makes MySQL scratch databases (MYSQL_SHADOW_URL). */
export const MYSQL_SERVER_URL = SERVER;

export interface E2eMysqlDatabase {
  readonly name: string;
  readonly url: string;
  drop(): Promise<void>;
}

/** A uniquely named database on the real MariaDB, loaded from a fixture script when given. */
export async function createMysqlDatabase(prefix: string, sqlFile?: string): Promise<E2eMysqlDatabase> {
  const name = `ss_e2e_${prefix}_${randomBytes(4).toString('hex')}`;
  await runWithClient(SERVER, `CREATE DATABASE \`${name}\``);
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  if (sqlFile) await runWithClient(url.toString(), intoDatabase(readFileSync(sqlFile, 'utf8'), name));
  return {
    name,
    url: url.toString(),
    drop: () => runWithClient(SERVER, `DROP DATABASE IF EXISTS \`${name}\``),
  };
}
