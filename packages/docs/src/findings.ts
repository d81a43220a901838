import type { Finding, FindingObject, Severity } from '@schema-studio/lint';
import { compareStrings, displayName, qualifiedKey } from '@schema-studio/schema';
import type { DocContext } from './context.ts';
import { code, document, link, text } from './markdown.ts';
import { type DocFile, GENERATED, PATHS } from './options.ts';
import { href } from './paths.ts';

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** The table or view a finding is about: the object itself, or the one it lives on. */
function owner(object: FindingObject): { schema: string; name: string; view: boolean } {
  return { schema: object.schema, name: object.table ?? object.name, view: object.kind === 'view' };
}

/**
 * The findings on documented objects only, in a fixed order (table, then severity, object, rule), so the page
 * does not depend on the order the caller passes them in or on objects the filter left out.
 */
export function documentedFindings(context: DocContext, findings: readonly Finding[]): Finding[] {
  const views = new Set(context.views.map((v) => qualifiedKey(v.schema, v.name)));
  const documented = findings.filter((f) => {
    const o = owner(f.object);
    const key = qualifiedKey(o.schema, o.name);
    return o.view ? views.has(key) : context.tableByKey.has(key);
  });
  return documented.sort(
    (a, b) =>
      compareStrings(a.object.schema, b.object.schema) ||
      compareStrings(owner(a.object).name, owner(b.object).name) ||
      RANK[a.severity] - RANK[b.severity] ||
      compareStrings(
        a.object.table === undefined ? '' : a.object.name,
        b.object.table === undefined ? '' : b.object.name,
      ) ||
      compareStrings(a.rule, b.rule) ||
      compareStrings(a.message, b.message),
  );
}

/** `3 findings (1 error, 2 warnings, 0 info)`: the README and the page say it alike. */
export function findingsSummary(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'no findings';
  const n = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const parts = SEVERITIES.map((s) => `${n(s)} ${s}${s === 'info' || n(s) === 1 ? '' : 's'}`);
  return `${findings.length} finding${findings.length === 1 ? '' : 's'} (${parts.join(', ')})`;
}

/** `schema/findings.md`: the advisor's findings per table, each with why it matters, linked to the definitions. */
export function renderFindings(context: DocContext, findings: readonly Finding[]): DocFile {
  const sections: string[] = [];
  let current = '';
  for (const finding of findings) {
    const o = owner(finding.object);
    const key = `${o.view ? 'view' : 'table'}\0${qualifiedKey(o.schema, o.name)}`;
    if (key !== current) sections.push(heading(context, o));
    current = key;
    sections.push(item(finding));
  }
  return {
    path: PATHS.findings,
    content: document([
      '# Findings',
      GENERATED,
      `The advisor's rules on this schema found ${findingsSummary(findings)}. Each finding says why it matters; where the studio can fix it, its advisor offers the change as a design edit.`,
      ...sections,
    ]),
  };
}

function heading(context: DocContext, o: { schema: string; name: string; view: boolean }): string {
  const id = context.anchors.get(o.view ? 'view' : 'table', o.schema, o.name);
  const label = code(displayName(o.schema, o.name));
  return `## ${o.view ? 'View' : 'Table'} ${link(label, href(PATHS.findings, PATHS.tables, id))}`;
}

const KIND_WORDS: Readonly<Record<FindingObject['kind'], string>> = {
  table: 'table',
  view: 'view',
  column: 'column',
  index: 'index',
  constraint: 'constraint',
  foreignKey: 'foreign key',
  primaryKey: 'primary key',
};

function item(f: Finding): string {
  const what = f.object.table === undefined ? '' : ` ${KIND_WORDS[f.object.kind]} ${code(f.object.name)}:`;
  const fix = f.fix?.length ? ' (fix available)' : '';
  return `- **${f.severity}** ${code(f.rule)}${what} ${text(f.message)}${fix}<br>\n  ${text(`Why: ${f.why}`)}`;
}
