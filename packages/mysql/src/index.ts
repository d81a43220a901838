/**
 * `@schema-studio/mysql`: MySQL 8 and MariaDB 10.11+ introspection (over any `query` function), migration
 * planning with hazards, and DDL rendering. Browser-safe; sockets live in `@schema-studio/mysql/node`.
 */

export {
  parseVersion,
  type ServerFeatures,
  type ServerVersion,
  serverFeatures,
} from './introspect/features.ts';
export { introspectMysql, type MysqlIntrospectOptions } from './introspect/index.ts';
export * from './migrate/index.ts';
export type { QueryFn, Row } from './query.ts';
export { type RunStatement, runMysqlScript } from './shadow/run-script.ts';
export { type StatementSpan, splitMysqlScript } from './shadow/split.ts';
export type { MysqlSqlError, SqlLocation } from './shadow/sql-error.ts';
export { type MysqlLiveStatsOptions, readMysqlLiveStats, readMysqlLiveStatsLimited } from './stats/index.ts';
