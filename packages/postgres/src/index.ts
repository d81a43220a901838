/**
 * `@schema-studio/postgres`: PostgreSQL introspection (over any `query` function), migration planning with
 * hazards, and DDL rendering. Browser-safe; sockets and the embedded engine live in `@schema-studio/postgres/node`.
 */

export {
  applyStatements,
  type ExecFn,
  type StatementFailure,
  sessionSettings,
  transactionGroups,
} from './apply.ts';
export { type IntrospectOptions, introspectPostgres } from './introspect/index.ts';
export * from './migrate/index.ts';
export type { QueryFn, Row } from './query.ts';
export { type LiveStatsOptions, readLiveStats, readLiveStatsLimited } from './stats/index.ts';
