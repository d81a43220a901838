/**
 * `@schema-studio/docs`: the documentation set as a pure function of the schema model (README, Mermaid ERD,
 * table definitions, data dictionary) and the quarterly migration log. No I/O: callers write the files.
 */
export { filterModel } from './filter.ts';
export { appendMigrationEntry, type MigrationEntry, migrationLogPath } from './migrations/log.ts';
export { summarizeChanges } from './migrations/summary.ts';
export { type DocFile, type DocsOptions, isGeneratedDocPath } from './options.ts';
export { renderDocs } from './render.ts';
