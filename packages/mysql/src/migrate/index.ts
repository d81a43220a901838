/**
 * MySQL and MariaDB migrations: model x model (+ rename hints) -> ordered statements with hazards and
 * ALGORITHM/LOCK clauses, the script text, and the design as DDL.
 */
export type { MysqlChange, MysqlOwnChange } from './changes.ts';
export { type ColumnVerdict, classifyColumnChange } from './column-change.ts';
export { parseColumnType } from './column-type.ts';
export { columnDefinition, createTableSql } from './ddl.ts';
export { createViewSql } from './emit/objects.ts';
export { type LockKind, ONLINE_RULES, type OnlineOp, type OnlineRule } from './online-rules.ts';
export {
  planMysqlChanges,
  planMysqlMigration,
  planMysqlStatements,
  renderMysqlModelDdl,
} from './plan.ts';
export { quoteIdent, quoteString } from './quote.ts';
export { type MysqlRenderOptions, NOT_TRANSACTIONAL_NOTE, renderMysqlStatements } from './render.ts';
