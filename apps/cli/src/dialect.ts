import type { Dialect, SchemaModel } from '@schema-studio/schema';
import { UsageError } from './errors.ts';

const POSTGRES_URL = /^postgres(ql)?:\/\//i;
const MYSQL_URL = /^(mysql|mariadb):\/\//i;

export function isPostgresUrl(text: string): boolean {
  return POSTGRES_URL.test(text);
}

export function isMysqlUrl(text: string): boolean {
  return MYSQL_URL.test(text);
}

/** The name people know a dialect by, for messages. */
export function dialectName(dialect: Dialect): string {
  return dialect === 'mysql' ? 'MySQL/MariaDB' : 'PostgreSQL';
}

/** `--dialect` as given (`mysql`, `mariadb`, `postgres`, `postgresql`); undefined when absent. */
export function parseDialect(text: string | undefined): Dialect | undefined {
  if (text === undefined) return undefined;
  const value = text.toLowerCase();
  if (value === 'mysql' || value === 'mariadb') return 'mysql';
  if (value === 'postgres' || value === 'postgresql') return 'postgres';
  throw new UsageError(`unknown --dialect "${text}" (mysql or postgres)`);
}

/**
 * What a `.sql` file or `empty` is when the source itself cannot say: `--dialect`, else the dialect of the
 * `--shadow` server, else PostgreSQL (which runs `.sql` on the embedded engine). A `--shadow` server of the other
 * dialect could not run the file, so that combination is refused up front.
 */
export function defaultDialect(dialect: Dialect | undefined, shadowUrl: string | undefined): Dialect {
  const shadow = shadowUrl === undefined ? undefined : isMysqlUrl(shadowUrl) ? 'mysql' : 'postgres';
  if (dialect !== undefined && shadow !== undefined && dialect !== shadow) {
    throw new UsageError(
      `--dialect ${dialect} needs a ${dialectName(dialect)} --shadow server, got a ${dialectName(shadow)} one`,
    );
  }
  return dialect ?? shadow ?? 'postgres';
}

/** Both sides of a migration must be of one dialect: there is no migration from PostgreSQL to MySQL. */
export function requireSameDialect(
  from: SchemaModel,
  to: SchemaModel,
  fromSpec: string,
  toSpec: string,
): void {
  if (from.dialect === to.dialect) return;
  throw new UsageError(
    `cannot compare ${describe(fromSpec)} (${dialectName(from.dialect)}) with ${describe(toSpec)} (${dialectName(to.dialect)}): both sides must be of the same dialect`,
  );
}

function describe(spec: string): string {
  return `"${withoutPassword(spec)}"`;
}

/** Sources are named in messages without their password. */
function withoutPassword(spec: string): string {
  try {
    const url = new URL(spec);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return spec.replace(/\/\/([^:/@\s]*):[^@\s]*@/g, '//$1:***@');
  }
}
