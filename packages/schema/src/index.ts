/**
 * `@schema-studio/schema`: the one schema model every part of Schema Studio reads and writes.
 * Pure data and pure functions; no runtime dependencies.
 */

export { firstDifference } from './difference.ts';
export * from './edit/index.ts';
export { POSTGRES_RESERVED_KEYWORDS } from './keywords-postgres.ts';
export * from './live-stats.ts';
export { type DatabaseMerge, type MergeReport, mergeDatabaseChanges } from './merge/merge-database.ts';
export * from './model.ts';
export * from './names.ts';
export * from './normalize.ts';
export * from './result.ts';
export { sameData, shareUnchanged } from './share.ts';
export { validateModel } from './validate.ts';
