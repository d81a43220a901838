/**
 * `@schema-studio/mysql`: MySQL 8 and MariaDB 10.11+ introspection (over any `query` function), migration
 * planning with hazards, and DDL rendering. Browser-safe; sockets live in `@schema-studio/mysql/node`.
 */
export type { QueryFn, Row } from './query.ts';
