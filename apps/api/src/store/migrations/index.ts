import { sql as initial } from './001-initial.ts';
import { sql as mysqlConnections } from './002-mysql-connections.ts';
import { sql as accounts } from './003-accounts.ts';
import { sql as proposals } from './004-proposals.ts';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/**
 * The store's schema, in order. Never edit an applied migration: add the next one. Each runs once, in its own
 * transaction, and is recorded in `schema_studio_migrations`.
 */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', sql: initial },
  { version: 2, name: 'mysql-connections', sql: mysqlConnections },
  { version: 3, name: 'accounts', sql: accounts },
  { version: 4, name: 'proposals', sql: proposals },
];
