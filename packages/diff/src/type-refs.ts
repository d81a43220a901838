/**
 * Reads the object a type reference names. Types in the model are `format_type` text: a built-in
 * (`integer`, `character varying(20)[]`) or a schema-qualified, possibly quoted, name (`public."Mood"[]`).
 */

/** `schema.name` (unquoted) of the user type a type text names, or undefined for built-ins and other shapes. */
export function referencedTypeKey(typeText: string): string | undefined {
  const parts = parseQualifiedName(stripArraySuffix(typeText.trim()));
  return parts?.length === 2 ? `${parts[0]}.${parts[1]}` : undefined;
}

export function stripArraySuffix(typeText: string): string {
  let text = typeText;
  while (text.endsWith('[]')) text = text.slice(0, -2).trimEnd();
  return text;
}

/** Splits `a."B".c` into its unquoted parts; undefined when the text is not just a dotted name. */
function parseQualifiedName(text: string): string[] | undefined {
  const parts: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      let part = '';
      i++;
      for (;;) {
        if (i >= text.length) return undefined;
        if (text[i] === '"' && text[i + 1] === '"') {
          part += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else {
          part += text[i];
          i++;
        }
      }
      parts.push(part);
    } else {
      const match = /^[A-Za-z_][A-Za-z0-9_$]*/.exec(text.slice(i));
      if (!match) return undefined;
      parts.push(match[0]);
      i += match[0].length;
    }
    if (i === text.length) break;
    if (text[i] !== '.') return undefined;
    i++;
  }
  return parts;
}

/** True when a SQL fragment mentions the object `schema.name` (quoted or not). A cheap, conservative test. */
export function mentionsObject(sql: string, schema: string, name: string): boolean {
  const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;
  const forms = [`${schema}.${name}`, `${quote(schema)}.${quote(name)}`, `${schema}.${quote(name)}`];
  return forms.some((form) => sql.includes(form));
}

/**
 * True when a SQL fragment mentions an identifier as a whole word (bare or quoted), wherever it appears,
 * string literals included: a conservative test that may report a mention that is not one.
 */
export function mentionsIdentifier(sql: string, identifier: string): boolean {
  const escaped = identifier.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\w$])${escaped}(?![\\w$])`).test(sql);
}
