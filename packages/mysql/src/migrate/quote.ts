/**
 * Quoting for MySQL and MariaDB. Identifiers are always backtick-quoted: MySQL's keyword list grows with every
 * release, and a name that is safe bare today may not be on the server that runs the migration.
 */

/** `` `name` ``, a backtick inside doubled. */
export function quoteIdent(name: string): string {
  return `\`${name.replaceAll('`', '``')}\``;
}

/** A list of identifiers, `` `a`, `b` ``. */
export function identList(names: readonly string[]): string {
  return names.map(quoteIdent).join(', ');
}

/**
 * A string literal. Quotes are doubled (valid in every SQL mode); backslashes are escaped because the default
 * SQL mode treats them as escapes (the applier must not enable NO_BACKSLASH_ESCAPES). NUL and control
 * characters that a client could mangle get their escape sequences too.
 */
export function quoteString(text: string): string {
  const escaped = text
    .replaceAll('\\', '\\\\')
    .replaceAll("'", "''")
    .replaceAll('\0', '\\0')
    .replaceAll('\r', '\\r')
    .replaceAll('\x1a', '\\Z');
  return `'${escaped}'`;
}

/**
 * A table or view named from a statement about `ownSchema`: unqualified when it lives in the same database,
 * because a migration runs in whichever database it is applied to (a scratch copy, staging, production).
 */
export function tableRef(ownSchema: string, schema: string, name: string): string {
  return schema === ownSchema ? quoteIdent(name) : `${quoteIdent(schema)}.${quoteIdent(name)}`;
}
