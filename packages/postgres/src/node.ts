/**
 * Node-only entry point of `@schema-studio/postgres`: everything that opens sockets or loads the WASM engine.
 * Browser code imports the package root only.
 */
export { ConnectionError, connectPostgres, parsePostgresUrl, redactUrl } from './connect.ts';
export { createPgliteShadow } from './shadow/pglite.ts';
export { serverShadowFactory } from './shadow/server.ts';
export type { ShadowDatabase, ShadowFactory } from './shadow/shadow.ts';
export type { SqlError, SqlLocation } from './shadow/sql-error.ts';
export { runScript, sqlToModel } from './shadow/sql-to-model.ts';
export { createWarmSqlReader, type SqlReader } from './shadow/warm-reader.ts';
export { type VerifyReport, verifyMigration } from './verify.ts';
