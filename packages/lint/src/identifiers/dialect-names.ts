import { type Dialect, POSTGRES_RESERVED_KEYWORDS } from '@schema-studio/schema';
import { MYSQL_RESERVED } from './keywords-mysql.ts';

/** PostgreSQL truncates names to NAMEDATALEN - 1 = 63 bytes; MySQL refuses names over 64 characters. */
export const IDENTIFIER_LIMIT: Readonly<Record<Dialect, number>> = { postgres: 63, mysql: 64 };

const utf8 = new TextEncoder();

/** The length the dialect counts: bytes on PostgreSQL, characters on MySQL. */
export function identifierLength(name: string, dialect: Dialect): number {
  return dialect === 'postgres' ? utf8.encode(name).length : [...name].length;
}

export function isReservedWord(name: string, dialect: Dialect): boolean {
  // PostgreSQL folds unquoted names to lower case, so only the lower-case spelling collides with a keyword
  // (`Order` needs quotes for its capital, not for the keyword); MySQL compares keywords case-insensitively.
  return dialect === 'postgres'
    ? POSTGRES_RESERVED_KEYWORDS.has(name)
    : MYSQL_RESERVED.has(name.toLowerCase());
}

/**
 * Whether the name must be quoted for a reason other than being a keyword. PostgreSQL folds unquoted names to
 * lower case, so capitals, like spaces, `$` or punctuation, need quotes (as `quote_ident` does) in every query; MySQL accepts letters,
 * digits, `$` and `_` bare (and keeps case), but not a name made of digits only.
 */
export function needsQuoting(name: string, dialect: Dialect): boolean {
  if (dialect === 'postgres') return !/^[a-z_][a-z0-9_]*$/.test(name);
  return !/^[0-9a-zA-Z$_]+$/.test(name) || /^[0-9]+$/.test(name);
}
