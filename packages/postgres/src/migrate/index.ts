/**
 * PostgreSQL migrations: model x model (+ rename hints) -> ordered statements with hazards, and the SQL text.
 */
export { constraintClause } from './emit/constraints.ts';
export { createIndexSql } from './emit/indexes.ts';
export { createTable } from './emit/tables.ts';
export { RESERVED_KEYWORDS } from './keywords.ts';
export { orderChanges } from './order.ts';
export {
  planMigration,
  planStatements,
  type RenderOptions,
  renderModelDdl,
  renderStatements,
} from './plan.ts';
export { qualify, quoteIdent, quoteLiteral } from './quote.ts';
export { classifyTypeChange, type TypeChangeKind } from './type-change.ts';
