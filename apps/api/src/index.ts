/** `@schema-studio/api`: the HTTP API of Schema Studio. `src/server.ts` runs it; tests build it in-process. */
export { type AppOptions, buildApp } from './app.ts';
export { ERRORS, type ErrorCode } from './errors.ts';
