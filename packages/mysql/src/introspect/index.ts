/**
 * MySQL/MariaDB catalog introspection: one database of a live server (through `mysql2`) or of a scratch
 * database becomes a {@link SchemaModel}.
 */
import { normalizeModel, type SchemaModel } from '@schema-studio/schema';
import type { QueryFn } from '../query.ts';
import { assembleModel } from './assemble.ts';
import { type ProgressFn, readCatalog } from './catalog.ts';
import { serverFeatures } from './features.ts';
import { textOf } from './values.ts';

export interface MysqlIntrospectOptions {
  /** The database to read; the session's current database (`DATABASE()`) when absent. */
  readonly database?: string;
  /** Called after each catalog query completes, with its name. */
  readonly onProgress?: ProgressFn;
}

/**
 * Reads one database into a normalized model (dialect `mysql`, no schemas, every object with schema `''`).
 * Nine information_schema queries whatever the number of tables; MySQL 8 and MariaDB 10.2+ are told apart by
 * `VERSION()`.
 */
export async function introspectMysql(
  query: QueryFn,
  options: MysqlIntrospectOptions = {},
): Promise<SchemaModel> {
  const [row] = await query('SELECT VERSION() AS version, DATABASE() AS current_database');
  const database = options.database ?? textOf(row?.current_database);
  if (!database) throw new Error('introspectMysql: no database given and the session has none selected');
  const features = serverFeatures(textOf(row?.version));
  const rows = await readCatalog(query, database, features, options.onProgress);
  return normalizeModel(assembleModel(rows, database, features));
}
