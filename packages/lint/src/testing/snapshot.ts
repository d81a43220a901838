import type { SchemaEdit } from '@schema-studio/schema';
import type { Finding } from '../types.ts';

/** A fix in one line: the edit kind and what it names, enough to review without the JSON. */
function editLine(edit: SchemaEdit): string {
  switch (edit.kind) {
    case 'index.add':
      return `index.add ${edit.index.name} (${edit.index.keys.map((k) => k.column).join(', ')})`;
    case 'index.remove':
      return `index.remove ${edit.name}`;
    case 'fk.add':
      return `fk.add ${edit.fk.name} (${edit.fk.columns.join(', ')}) -> ${edit.fk.refTable} (${edit.fk.refColumns.join(', ')})`;
    case 'column.setType':
      return `column.setType ${edit.name} ${edit.type}`;
    default:
      return edit.kind;
  }
}

/** Findings as reviewable text: one block per finding, fixes listed under it. */
export function findingsText(findings: readonly Finding[]): string {
  const lines = findings.flatMap((f) => [
    `${f.severity} ${f.rule}: ${f.message}`,
    ...(f.fix ?? []).map((e) => `  fix: ${editLine(e)}`),
  ]);
  return `${lines.join('\n')}\n`;
}
