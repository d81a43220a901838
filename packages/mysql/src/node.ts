/**
 * Node-only entry point of `@schema-studio/mysql`: everything that opens sockets. Browser code imports the
 * package root only.
 */
export type { QueryFn, Row } from './query.ts';
