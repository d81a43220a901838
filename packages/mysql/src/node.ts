/**
 * Node-only entry point of `@schema-studio/mysql`: everything that opens sockets. Browser code imports the
 * package root only.
 */

export {
  ConnectionError,
  type ConnectionErrorCode,
  type ConnectOptions,
  connectMysql,
  type MysqlConnection,
  type MysqlUrl,
  parseMysqlUrl,
  redactUrl,
} from './connect.ts';
export type { QueryFn, Row } from './query.ts';
export { createScratchDatabase, type ScratchDatabase, type ScratchOptions } from './shadow/scratch.ts';
export { type SqlToModelOptions, sqlToModelMysql } from './shadow/sql-to-model.ts';
export { verifyMysqlMigration } from './verify.ts';
