import { compareStrings, type TableDef, type ViewDef } from '@schema-studio/schema';
import type { DocContext } from './context.ts';
import { relationLink, typeLink } from './links.ts';
import { anchor, code, codeBlock, document, paragraph, table, text } from './markdown.ts';
import { objectName } from './names.ts';
import { type DocFile, GENERATED, PATHS } from './options.ts';
import {
  columnsSection,
  constraintsSections,
  foreignKeysSection,
  indexesSection,
  policiesSection,
  primaryKeySection,
  propertiesSection,
  referencedBySection,
  triggersSection,
} from './table-parts.ts';

const FROM = PATHS.tables;

/** `schema/table-definitions.md`: every table and view, schema by schema, linked to each other by anchors. */
export function renderTableDefinitions(context: DocContext): DocFile {
  return {
    path: FROM,
    content: document([
      '# Table definitions',
      GENERATED,
      contents(context),
      ...context.schemaNames.flatMap((schema) => schemaSection(context, schema)),
    ]),
  };
}

function contents(context: DocContext): string {
  if (context.schemaNames.length === 0) return 'The documented set is empty.';
  return context.schemaNames
    .map((schema) => {
      const links = (items: readonly (TableDef | ViewDef)[]) =>
        items.map((i) => relationLink(context, i.schema, i.name, FROM)).join(', ');
      const tables = context.tables.filter((t) => t.schema === schema);
      const views = context.views.filter((v) => v.schema === schema);
      const id = context.anchors.get('schema', schema) ?? '';
      // A MySQL model is one database without schemas: its tables and views are listed at the top level.
      const indent = schema === '' ? '' : '  ';
      return [
        schema === '' ? undefined : `- [Schema ${code(schema)}](#${id})`,
        tables.length > 0 ? `${indent}- Tables: ${links(tables)}` : undefined,
        views.length > 0 ? `${indent}- Views: ${links(views)}` : undefined,
      ]
        .filter((line) => line !== undefined)
        .join('\n');
    })
    .join('\n');
}

function schemaSection(context: DocContext, schema: string): string[] {
  if (schema === '') return databaseSections(context);
  const comment = context.model.schemas.find((s) => s.name === schema)?.comment;
  const description = context.describe(comment, schema);
  return [
    `## ${anchor(context.anchors.get('schema', schema) ?? '')}Schema ${code(schema)}`,
    ...(description === undefined ? [] : [paragraph(description)]),
    ...context.tables.filter((t) => t.schema === schema).map((t) => tableSection(context, t)),
    ...context.views.filter((v) => v.schema === schema).map((v) => viewSection(context, v)),
  ];
}

/** MySQL: the tables, then the views, each under its own heading instead of a schema's. */
function databaseSections(context: DocContext): string[] {
  const tables = context.tables.filter((t) => t.schema === '');
  const views = context.views.filter((v) => v.schema === '');
  return [
    `## ${anchor(context.anchors.get('schema', '') ?? '')}Tables`,
    ...(tables.length === 0 ? ['No tables.'] : tables.map((t) => tableSection(context, t))),
    ...(views.length === 0 ? [] : ['## Views', ...views.map((v) => viewSection(context, v))]),
  ];
}

function tableSection(context: DocContext, t: TableDef): string {
  const description = context.describe(t.comment, t.schema, t.name);
  return document([
    `### ${anchor(context.anchors.get('table', t.schema, t.name) ?? '')}Table ${code(objectName(t.schema, t.name))}`,
    description === undefined ? undefined : paragraph(description),
    propertiesSection(context, t),
    columnsSection(context, t),
    primaryKeySection(t),
    foreignKeysSection(context, t),
    referencedBySection(context, t),
    ...constraintsSections(t),
    indexesSection(t.indexes),
    triggersSection(t.triggers),
    policiesSection(t),
  ]).trimEnd();
}

function viewSection(context: DocContext, v: ViewDef): string {
  const kind = v.materialized ? 'Materialized view' : 'View';
  const description = context.describe(v.comment, v.schema, v.name);
  const columns = v.columns.map((c) => [
    code(c.name),
    typeLink(context, c.type, FROM),
    text(context.describe(c.comment, v.schema, v.name, c.name) ?? ''),
  ]);
  const reads = [...v.dependsOn].sort(compareStrings).map((key) => {
    const [schema = '', ...rest] = key.split('.');
    return relationLink(context, schema, rest.join('.'), FROM);
  });
  return document([
    `### ${anchor(context.anchors.get('view', v.schema, v.name) ?? '')}${kind} ${code(objectName(v.schema, v.name))}`,
    description === undefined ? undefined : paragraph(description),
    columns.length === 0 ? undefined : `**Columns**\n\n${table(['Column', 'Type', 'Description'], columns)}`,
    reads.length === 0 ? undefined : `**Depends on** ${reads.join(', ')}`,
    `**Definition**\n\n${codeBlock(v.definition, 'sql')}`,
    indexesSection(v.indexes),
    triggersSection(v.triggers),
  ]).trimEnd();
}
