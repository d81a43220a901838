/** Quoting for the SQL fragments introspection writes itself (trigger and routine definitions, defaults). */

export function quoteIdentifier(name: string): string {
  return `\`${name.replace(/`/g, '``')}\``;
}

/** A string literal that reads back the same under the default sql_mode (backslash escapes on). */
export function quoteString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}
