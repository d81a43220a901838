import { RESERVED_KEYWORDS } from './keywords.ts';

/** Quotes an identifier only when needed: not a lower-case plain identifier, or a keyword. */
export function quoteIdent(name: string): string {
  if (/^[a-z_][a-z0-9_]*$/.test(name) && !RESERVED_KEYWORDS.has(name)) return name;
  return `"${name.replaceAll('"', '""')}"`;
}

/** `schema.name`, each part quoted when needed. Everything is qualified: migrations run with an empty search_path. */
export function qualify(schema: string, name: string): string {
  return `${quoteIdent(schema)}.${quoteIdent(name)}`;
}

/** A string literal; backslashes switch to the E'' form so the text survives any standard_conforming_strings. */
export function quoteLiteral(text: string): string {
  const quoted = text.replaceAll("'", "''");
  return text.includes('\\') ? `E'${quoted.replaceAll('\\', '\\\\')}'` : `'${quoted}'`;
}

/**
 * A collation reference. The model may hold it as SQL (`pg_catalog."C"`, `"en-US-x-icu"`) or as a bare name
 * (`C`); a bare name that is not a plain identifier is quoted, SQL is kept.
 */
export function collationRef(collation: string): string {
  if (collation.includes('"') || collation.includes('.')) return collation;
  return quoteIdent(collation);
}

/** A list of identifiers, `a, "B", c`. */
export function identList(names: readonly string[]): string {
  return names.map(quoteIdent).join(', ');
}
