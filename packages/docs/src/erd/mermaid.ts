/**
 * Mermaid `erDiagram` text. What is accepted was read off the grammar of the pinned Mermaid (and is checked by
 * parsing every generated diagram with Mermaid's own parser in the tests):
 * - entity ids are word characters; an id must not start with a digit or be a keyword (`one`, `to`, `end`,
 *   ...). Ids here are `schema_table` in ASCII word characters, so no keyword can match: keywords end at a
 *   word boundary, and `_` is no boundary.
 * - the shown name is an alias, `id["public.film"]`, which takes anything but `"`, `%`, `\` and line breaks;
 *   it is declared with the entity, and relationships name the id.
 * - attribute types and names are one word of letters, digits and `-_[]().,*`, starting with a letter, `_` or
 *   `*`; `PK`, `FK` and `UK` are keys, not names. So `character varying(20)` becomes `character_varying(20)`.
 * - quoted comments and labels take anything but `"`.
 * Mermaid replaces `#name;` with an entity before it parses, so `#` is kept out of quoted text as well.
 */
import { compareQualified, type TableDef } from '@schema-studio/schema';

const ID_UNSAFE = /[^A-Za-z0-9_]/g;
const WORD_START = /^[*A-Za-z_\u00C0-\uFFFF]/;
const WORD_UNSAFE = /[^A-Za-z0-9\-_[\]().,*\u00C0-\uFFFF]/g;
const KEY_WORD = /^(PK|FK|UK)(?![A-Za-z0-9_])/i;
const ALIAS_UNSAFE = /["%\\#\p{Cc}]/gu;
const QUOTED_UNSAFE = /["#\p{Cc}]/gu;

/** Mermaid ids for tables, unique across the whole set so a table has the same id in every diagram. */
export function entityIds(tables: readonly TableDef[]): Map<TableDef, string> {
  const ids = new Map<TableDef, string>();
  const taken = new Set<string>();
  for (const table of [...tables].sort(compareQualified)) {
    let base = `${table.schema}_${table.name}`.replace(ID_UNSAFE, '_');
    if (/^[0-9]/.test(base)) base = `t_${base}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;
    taken.add(id);
    ids.set(table, id);
  }
  return ids;
}

/**
 * PostgreSQL's own short names for its multi-word built-in types, so a diagram reads `timestamptz` rather than
 * `timestamp_with_time_zone`; MySQL's `enum(...)` and `set(...)` without their values. Table definitions and the
 * data dictionary keep the full type.
 */
const SHORT_TYPES: readonly (readonly [RegExp, string])[] = [
  [/^character varying\b/, 'varchar'],
  [/^bit varying\b/, 'varbit'],
  [/^(timestamp|time)(\(\d+\))? without time zone\b/, '$1$2'],
  [/^timestamp(\(\d+\))? with time zone\b/, 'timestamptz$1'],
  [/^time(\(\d+\))? with time zone\b/, 'timetz$1'],
  // MySQL's inline enumerations: the values can run to hundreds of characters, and would all become `_`s.
  [/^(enum|set)\(.*\)$/is, '$1'],
];

/** A column type as one Mermaid word. */
export function typeWord(type: string): string {
  const short = SHORT_TYPES.reduce(
    (t, [pattern, replacement]) => t.replace(pattern, replacement),
    type.trim(),
  );
  return attributeWord(short);
}

/** An attribute type or name as one Mermaid word. */
export function attributeWord(value: string): string {
  const word = value.trim().replace(/\s+/g, '_').replace(WORD_UNSAFE, '_');
  return word === '' || !WORD_START.test(word) || KEY_WORD.test(word) ? `_${word}` : word;
}

/** The shown name of an entity. */
export function aliasText(value: string): string {
  return value.replace(ALIAS_UNSAFE, '_');
}

/** Text inside `"..."` (attribute comments, relationship labels). */
export function quotedText(value: string): string {
  return `"${value.replace(/\s+/g, ' ').replace(QUOTED_UNSAFE, "'")}"`;
}

export interface Attribute {
  readonly type: string;
  readonly name: string;
  readonly keys: readonly ('PK' | 'FK' | 'UK')[];
}

export function entityBlock(id: string, alias: string, attributes: readonly Attribute[]): string {
  const head = `  ${id}[${quotedAlias(alias)}]`;
  if (attributes.length === 0) return head;
  const body = attributes.map((a) => {
    const name = attributeWord(a.name);
    const keys = a.keys.length > 0 ? ` ${a.keys.join(', ')}` : '';
    // A name that had to change keeps its real spelling in the comment.
    const comment = name === a.name ? '' : ` ${quotedText(a.name)}`;
    return `    ${typeWord(a.type)} ${name}${keys}${comment}`;
  });
  return [`${head} {`, ...body, '  }'].join('\n');
}

export function relationshipLine(parentId: string, symbol: string, childId: string, label: string): string {
  return `  ${parentId} ${symbol} ${childId} : ${quotedText(label)}`;
}

export function diagram(lines: readonly string[]): string {
  return ['erDiagram', ...lines].join('\n');
}

function quotedAlias(alias: string): string {
  return `"${aliasText(alias)}"`;
}
