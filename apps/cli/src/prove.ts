import type { RenameHint } from '@schema-studio/diff';
import type { SchemaModel } from '@schema-studio/schema';
import { isMysqlUrl } from './dialect.ts';
import { UsageError } from './errors.ts';
import { withMysqlErrors } from './mysql-source.ts';
import { type SourceOptions, shadowFactory } from './sources.ts';

/** What `verify` prints, the same for both dialects. */
export interface Proof {
  readonly proven: boolean;
  readonly steps: readonly { readonly stage: string; readonly ok: boolean; readonly detail: string }[];
  readonly summary: string;
}

/** Proves the migration between two models of one dialect on that dialect's shadow database. */
export function proveMigration(
  from: SchemaModel,
  to: SchemaModel,
  hints: readonly RenameHint[],
  options: SourceOptions,
): Promise<Proof> {
  return from.dialect === 'mysql'
    ? proveMysql(from, to, hints, options.shadowUrl)
    : provePostgres(from, to, hints, options);
}

async function provePostgres(
  from: SchemaModel,
  to: SchemaModel,
  hints: readonly RenameHint[],
  options: SourceOptions,
): Promise<Proof> {
  if (options.shadowUrl !== undefined && isMysqlUrl(options.shadowUrl)) {
    throw new UsageError(
      'verify: a PostgreSQL migration needs a postgres:// --shadow server (or none, for PGlite)',
    );
  }
  const { verifyMigration } = await import('@schema-studio/postgres/node');
  return verifyMigration(from, to, { hints: [...hints], shadow: await shadowFactory(options) });
}

/**
 * MySQL has no embedded engine to prove on, and its DDL commits as it goes: the proof needs a real server, where
 * it works in a scratch database it drops afterwards.
 */
async function proveMysql(
  from: SchemaModel,
  to: SchemaModel,
  hints: readonly RenameHint[],
  shadowUrl: string | undefined,
): Promise<Proof> {
  if (shadowUrl === undefined || !isMysqlUrl(shadowUrl)) {
    throw new UsageError(
      'verify: a MySQL migration is proven on a real server: add --shadow mysql://user:password@host:port/ (a user allowed to create and drop databases)',
    );
  }
  const { planMysqlMigration } = await import('@schema-studio/mysql');
  const plan = planMysqlMigration(from, to, hints);
  return withMysqlErrors('shadow database: ', (mysql) =>
    mysql.verifyMysqlMigration(plan, from, to, shadowUrl),
  );
}
