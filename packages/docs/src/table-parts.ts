/** The sections of one table in `table-definitions.md`; each returns undefined when it has nothing to show. */
import type { ColumnDef, IndexDef, IndexKeyDef, TableDef, TriggerDef } from '@schema-studio/schema';
import { compareQualified, compareStrings, qualifiedKey } from '@schema-studio/schema';
import type { DocContext } from './context.ts';
import { columnList, relationLink, typeLink } from './links.ts';
import { code, table, text } from './markdown.ts';
import { PATHS } from './options.ts';

const FROM = PATHS.tables;

export function columnsSection(context: DocContext, t: TableDef): string {
  const rows = t.columns.map((c) => [
    code(c.name),
    typeLink(context, c.type, FROM),
    c.nullable ? 'yes' : 'no',
    defaultText(c),
    text(context.describe(c.comment, t.schema, t.name, c.name) ?? ''),
  ]);
  return section('Columns', table(['Column', 'Type', 'Nullable', 'Default', 'Description'], rows));
}

function defaultText(c: ColumnDef): string {
  if (c.generated !== undefined) return `generated: ${code(c.generated)}${generatedKind(c)}`;
  if (c.identity !== undefined) return `identity (generated ${c.identity.generation})`;
  // MySQL's own ways of filling a column: AUTO_INCREMENT, and ON UPDATE (a timestamp set on every change).
  const parts = [
    c.default === undefined ? undefined : code(c.default),
    c.mysql?.autoIncrement ? 'auto increment' : undefined,
    c.mysql?.onUpdate === undefined ? undefined : `on update ${code(c.mysql.onUpdate)}`,
  ];
  return parts.filter((p) => p !== undefined).join('; ');
}

/** MySQL generated columns are stored or virtual; PostgreSQL's (in this model) are always stored. */
function generatedKind(c: ColumnDef): string {
  if (c.mysql === undefined) return '';
  return c.mysql.generatedStored ? ' (stored)' : ' (virtual)';
}

export function primaryKeySection(t: TableDef): string | undefined {
  if (!t.primaryKey) return undefined;
  return `**Primary key** ${code(t.primaryKey.name)}: ${columnList(t.primaryKey.columns)}`;
}

export function foreignKeysSection(context: DocContext, t: TableDef): string | undefined {
  if (t.foreignKeys.length === 0) return undefined;
  const rows = byName(t.foreignKeys).map((k) => {
    const target = relationLink(context, k.refSchema, k.refTable, FROM);
    const outside = context.tableByKey.has(qualifiedKey(k.refSchema, k.refTable))
      ? ''
      : ' (not documented here)';
    const notes = [
      k.match === 'simple' ? '' : `match ${k.match}`,
      k.deferrable ? `deferrable${k.initiallyDeferred ? ', initially deferred' : ''}` : '',
      k.notValid ? 'not validated' : '',
    ].filter((n) => n !== '');
    return [
      code(k.name),
      columnList(k.columns),
      `${target}${outside} (${columnList(k.refColumns)})`,
      k.onUpdate,
      k.onDelete,
      notes.join('; '),
    ];
  });
  const header = ['Constraint', 'Columns', 'References', 'On update', 'On delete', 'Notes'];
  return section('Foreign keys', table(header, rows));
}

export function referencedBySection(context: DocContext, t: TableDef): string | undefined {
  const incoming = context.incoming.get(qualifiedKey(t.schema, t.name)) ?? [];
  if (incoming.length === 0) return undefined;
  const rows = [...incoming]
    .sort((a, b) => compareQualified(a.table, b.table) || compareStrings(a.key.name, b.key.name))
    .map(({ table: from, key }) => [
      relationLink(context, from.schema, from.name, FROM),
      columnList(key.columns),
      columnList(key.refColumns),
      code(key.name),
    ]);
  return section('Referenced by', table(['Table', 'Columns', 'Referenced columns', 'Constraint'], rows));
}

export function constraintsSections(t: TableDef): (string | undefined)[] {
  const uniques = byName(t.uniques).map((u) => [
    code(u.name),
    columnList(u.columns),
    [u.nullsNotDistinct ? 'nulls not distinct' : '', u.deferrable ? 'deferrable' : '']
      .filter((n) => n !== '')
      .join('; '),
  ]);
  const checks = byName(t.checks).map((c) => [
    code(c.name),
    code(c.expression),
    [c.notValid ? 'not validated' : '', c.noInherit ? 'no inherit' : ''].filter((n) => n !== '').join('; '),
  ]);
  const exclusions = byName(t.exclusions).map((e) => [code(e.name), code(e.definition)]);
  return [
    uniques.length === 0
      ? undefined
      : section('Unique constraints', table(['Constraint', 'Columns', 'Notes'], uniques)),
    checks.length === 0
      ? undefined
      : section('Check constraints', table(['Constraint', 'Expression', 'Notes'], checks)),
    exclusions.length === 0
      ? undefined
      : section('Exclusion constraints', table(['Constraint', 'Definition'], exclusions)),
  ];
}

export function indexesSection(indexes: readonly IndexDef[]): string | undefined {
  if (indexes.length === 0) return undefined;
  const rows = byName(indexes).map((i) => [code(i.name), code(indexDefinition(i))]);
  return section('Indexes', table(['Index', 'Definition'], rows));
}

/** An index as a reader thinks of it: `UNIQUE btree (a, lower(b) DESC) INCLUDE (c) WHERE (...)`. */
export function indexDefinition(i: IndexDef): string {
  const keys = i.keys.map(indexKey).join(', ');
  return [
    i.unique ? 'UNIQUE ' : '',
    `${i.method} (${keys})`,
    i.include && i.include.length > 0 ? ` INCLUDE (${i.include.join(', ')})` : '',
    i.nullsNotDistinct ? ' NULLS NOT DISTINCT' : '',
    i.where === undefined ? '' : ` WHERE ${i.where}`,
  ].join('');
}

function indexKey(k: IndexKeyDef): string {
  const descending = k.descending === true;
  return [
    k.expression ? `(${k.column})` : k.column,
    k.length === undefined ? '' : `(${k.length})`,
    k.collation === undefined ? '' : ` COLLATE ${k.collation}`,
    k.opclass === undefined ? '' : ` ${k.opclass}`,
    descending ? ' DESC' : '',
    k.nullsFirst === undefined ? '' : k.nullsFirst ? ' NULLS FIRST' : ' NULLS LAST',
  ].join('');
}

export function triggersSection(triggers: readonly TriggerDef[]): string | undefined {
  if (triggers.length === 0) return undefined;
  const states = { D: 'disabled', R: 'replica only', A: 'always' } as const;
  const rows = byName(triggers).map((t) => [
    code(t.name),
    code(t.definition),
    t.enabled === undefined ? 'enabled' : states[t.enabled],
  ]);
  return section('Triggers', table(['Trigger', 'Definition', 'State'], rows));
}

export function policiesSection(t: TableDef): string | undefined {
  if (t.policies.length === 0) return undefined;
  const rows = byName(t.policies).map((p) => [
    code(p.name),
    p.permissive ? 'permissive' : 'restrictive',
    p.command,
    p.roles.map(code).join(', '),
    p.using === undefined ? '' : code(p.using),
    p.withCheck === undefined ? '' : code(p.withCheck),
  ]);
  return section('Policies', table(['Policy', 'Kind', 'Command', 'Roles', 'Using', 'With check'], rows));
}

/** Partition key, parent and partitions; storage and security flags that change how the table behaves. */
export function propertiesSection(context: DocContext, t: TableDef): string | undefined {
  const partitions = context.tables.filter(
    (p) => p.partitionOf?.schema === t.schema && p.partitionOf.table === t.name,
  );
  const lines = [
    t.partitionBy === undefined ? undefined : `Partitioned by ${code(t.partitionBy)}.`,
    t.partitionOf === undefined
      ? undefined
      : `Partition of ${relationLink(context, t.partitionOf.schema, t.partitionOf.table, FROM)}: ${code(t.partitionOf.bound)}.`,
    partitions.length === 0
      ? undefined
      : `Partitions: ${partitions.map((p) => relationLink(context, p.schema, p.name, FROM)).join(', ')}.`,
    t.unlogged ? 'Unlogged: not written to the WAL, emptied after a crash.' : undefined,
    t.rowLevelSecurity
      ? `Row-level security enabled${t.forceRowLevelSecurity ? ', forced for the owner' : ''}.`
      : undefined,
    mysqlOptions(t),
  ].filter((line): line is string => line !== undefined);
  return lines.length === 0 ? undefined : lines.map((line) => `- ${line}`).join('\n');
}

/** MySQL table options: the storage engine, and the defaults new columns get their charset and collation from. */
function mysqlOptions(t: TableDef): string | undefined {
  const o = t.mysql;
  if (o === undefined) return undefined;
  const parts = [
    o.engine === undefined ? undefined : `engine ${code(o.engine)}`,
    o.charset === undefined ? undefined : `default charset ${code(o.charset)}`,
    o.collation === undefined ? undefined : `collation ${code(o.collation)}`,
    o.rowFormat === undefined ? undefined : `row format ${code(o.rowFormat)}`,
  ].filter((p) => p !== undefined);
  if (parts.length === 0) return undefined;
  const text = parts.join(', ');
  return `${text[0]?.toUpperCase()}${text.slice(1)}.`;
}

function section(title: string, body: string): string {
  return `**${title}**\n\n${body}`;
}

function byName<T extends { readonly name: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareStrings(a.name, b.name));
}
