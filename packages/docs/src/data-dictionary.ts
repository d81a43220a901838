import { referencedTypeKey } from '@schema-studio/diff';
import {
  type CompositeTypeDef,
  compareQualified,
  compareStrings,
  type DomainDef,
  type EnumDef,
  qualifiedKey,
} from '@schema-studio/schema';
import type { DocContext, TypeRef } from './context.ts';
import { enumColumns } from './enum-columns.ts';
import { relationLink, typeLink } from './links.ts';
import { anchor, code, document, paragraph, table, text } from './markdown.ts';
import { objectName } from './names.ts';
import { type DocFile, GENERATED, PATHS } from './options.ts';

const FROM = PATHS.dictionary;
/** The section of names that do not start with a letter. */
const OTHER = 'Other';

/** A column of a table or view, with where it lives. */
interface ColumnUse {
  readonly schema: string;
  readonly relation: string;
  readonly name: string;
  readonly type: string;
  readonly description: string;
}

/** `schema/data-dictionary.md`: every column alphabetically, then enums, domains and composite types. */
export function renderDataDictionary(context: DocContext): DocFile {
  const uses = columnUses(context);
  return {
    path: FROM,
    content: document([
      '# Data dictionary',
      GENERATED,
      `Every column of the documented tables and views in alphabetical order (a name used with different types or descriptions has one row for each), then ${context.model.dialect === 'mysql' ? 'the values of enum and set columns' : 'the enumerated, domain and composite types'}.`,
      columnsSection(context, uses),
      inlineEnumsSection(context),
      typesSection(context, uses, 'Enumerated types', context.model.enums, enumBody),
      typesSection(context, uses, 'Domains', context.model.domains, domainBody),
      typesSection(context, uses, 'Composite types', context.model.compositeTypes, compositeBody),
    ]),
  };
}

function columnUses(context: DocContext): ColumnUse[] {
  const relations = [...context.tables, ...context.views].sort(compareQualified);
  return relations.flatMap((r) =>
    r.columns.map((c) => ({
      schema: r.schema,
      relation: r.name,
      name: c.name,
      type: c.type,
      description: context.describe(c.comment, r.schema, r.name, c.name) ?? '',
    })),
  );
}

/**
 * Alphabetical ignoring case, names that start with a letter first, then by exact spelling: code-unit order,
 * so the order never depends on the machine's locale.
 */
function compareEntries(a: ColumnUse, b: ColumnUse): number {
  return (
    Number(initial(a) === OTHER) - Number(initial(b) === OTHER) ||
    compareStrings(a.name.toLowerCase(), b.name.toLowerCase()) ||
    compareStrings(a.name, b.name) ||
    compareStrings(a.type, b.type) ||
    compareStrings(a.description, b.description)
  );
}

function columnsSection(context: DocContext, uses: readonly ColumnUse[]): string {
  if (uses.length === 0) return '## Columns\n\nThe documented set has no columns.';
  const entries = groupEntries([...uses].sort(compareEntries));
  const letters = [...new Set(entries.map((e) => initial(e[0] as ColumnUse)))];
  const jump = letters.map((l) => `[${text(l)}](#${letterId(l)})`).join(' · ');
  const sections = letters.map((letter) => {
    const rows = entries
      .filter((e) => initial(e[0] as ColumnUse) === letter)
      .map((entry) => {
        const head = entry[0] as ColumnUse;
        const where = entry.map((u) => relationLink(context, u.schema, u.relation, FROM)).join(', ');
        return [code(head.name), typeLink(context, head.type, FROM), text(head.description), where];
      });
    return `### ${anchor(letterId(letter))}${text(letter)}\n\n${table(['Column', 'Type', 'Description', 'Used in'], rows)}`;
  });
  return ['## Columns', jump, ...sections].join('\n\n');
}

/** Consecutive uses with the same name, type and description: one dictionary entry. */
function groupEntries(sorted: readonly ColumnUse[]): ColumnUse[][] {
  const entries: ColumnUse[][] = [];
  for (const use of sorted) {
    const last = entries[entries.length - 1];
    const head = last?.[0];
    if (last && head && compareEntries(head, use) === 0) last.push(use);
    else entries.push([use]);
  }
  return entries;
}

function initial(use: ColumnUse): string {
  const first = [...use.name][0]?.toUpperCase() ?? '';
  return /^\p{L}$/u.test(first) ? first : OTHER;
}

function letterId(letter: string): string {
  // Column letters share the file with type anchors (`enum-...`), which never start with `columns-`.
  return `columns-${letter === OTHER ? 'other' : letter.replace(/[^\p{L}\p{N}_]/gu, '-')}`;
}

/**
 * MySQL keeps enumerations in column types (`enum('G','PG')`, `set(...)`): each distinct one is listed with its
 * values, one per cell, and the columns that use it. Undefined when the set has none (always for PostgreSQL).
 */
function inlineEnumsSection(context: DocContext): string | undefined {
  const columns = enumColumns([...context.tables, ...context.views].sort(compareQualified));
  if (columns.length === 0) return undefined;
  const byType = new Map<string, typeof columns>();
  for (const c of columns) byType.set(c.column.type, [...(byType.get(c.column.type) ?? []), c]);
  const rows = [...byType.values()]
    .sort((a, b) => compareStrings(a[0]?.column.type ?? '', b[0]?.column.type ?? ''))
    .map((users) => {
      const { kind, values } = (users[0] as (typeof columns)[number]).type;
      const where = users.map(
        (u) => `${relationLink(context, u.relation.schema, u.relation.name, FROM)}.${code(u.column.name)}`,
      );
      return [kind, values.map(code).join(', '), where.join(', ')];
    });
  const intro = 'Allowed values in declaration order (an enum holds one of them, a set any combination).';
  return ['## Enum and set values', intro, table(['Kind', 'Values', 'Used by'], rows)].join('\n\n');
}

type TypeDef = EnumDef | DomainDef | CompositeTypeDef;

function typesSection<T extends TypeDef>(
  context: DocContext,
  uses: readonly ColumnUse[],
  title: string,
  types: readonly T[],
  body: (t: T) => string[],
): string | undefined {
  if (types.length === 0) return undefined;
  const blocks = [...types].sort(compareQualified).map((t) => {
    const ref = context.types.get(qualifiedKey(t.schema, t.name)) as TypeRef;
    const description = context.describe(t.comment, t.schema, t.name);
    return [
      `### ${anchor(context.anchors.get(ref.kind, t.schema, t.name) ?? '')}${code(objectName(t.schema, t.name))}`,
      description === undefined ? undefined : paragraph(description),
      ...body(t),
      usedBy(context, uses, t),
    ]
      .filter((b) => b !== undefined)
      .join('\n\n');
  });
  return [`## ${title}`, ...blocks].join('\n\n');
}

function enumBody(e: EnumDef): string[] {
  return [`**Values**, in sort order: ${e.values.map(code).join(', ')}`];
}

function domainBody(d: DomainDef): string[] {
  const facts = [
    ['Base type', code(d.type)],
    ['Not null', d.notNull ? 'yes' : 'no'],
    ...(d.default === undefined ? [] : [['Default', code(d.default)]]),
    ...(d.collation === undefined ? [] : [['Collation', code(d.collation)]]),
    ...[...d.checks]
      .sort((a, b) => compareStrings(a.name, b.name))
      .map((c) => [`Check ${code(c.name)}`, code(c.expression)]),
  ];
  return [table(['Property', 'Value'], facts)];
}

function compositeBody(c: CompositeTypeDef): string[] {
  return [
    table(
      ['Attribute', 'Type'],
      c.attributes.map((a) => [code(a.name), code(a.type)]),
    ),
  ];
}

function usedBy(context: DocContext, uses: readonly ColumnUse[], t: TypeDef): string | undefined {
  const key = qualifiedKey(t.schema, t.name);
  const users = uses.filter((u) => referencedTypeKey(u.type) === key);
  if (users.length === 0) return undefined;
  const links = users.map((u) => `${relationLink(context, u.schema, u.relation, FROM)}.${code(u.name)}`);
  return `**Used by** ${links.join(', ')}`;
}
