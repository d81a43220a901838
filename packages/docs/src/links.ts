import { referencedTypeKey } from '@schema-studio/diff';
import type { DocContext } from './context.ts';
import { code, link } from './markdown.ts';
import { objectName } from './names.ts';
import { PATHS } from './options.ts';
import { href } from './paths.ts';

/**
 * `schema.name` as code, linked to its definition when the set documents it. Links to objects outside the set
 * would dangle, so those stay plain text.
 */
export function relationLink(context: DocContext, schema: string, name: string, from: string): string {
  const label = code(objectName(schema, name));
  const id = context.anchors.get('table', schema, name) ?? context.anchors.get('view', schema, name);
  return id === undefined ? label : link(label, href(from, PATHS.tables, id));
}

/** A column type as code, linked to the enum, domain or composite type it names when the set documents it. */
export function typeLink(context: DocContext, type: string, from: string): string {
  const key = referencedTypeKey(type);
  const ref = key === undefined ? undefined : context.types.get(key);
  const id = ref === undefined ? undefined : context.anchors.get(ref.kind, ref.schema, ref.name);
  return id === undefined ? code(type) : link(code(type), href(from, PATHS.dictionary, id));
}

/** Column names as a comma-separated list of code spans. */
export function columnList(columns: readonly string[]): string {
  return columns.map(code).join(', ');
}
