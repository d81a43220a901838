import type { DocsOf, DocsRequest } from '@schema-studio/api/contract';

/** What the Export docs form holds, as typed: patterns are one text each, split when the set is asked for. */
export interface DocsForm {
  readonly of: DocsOf;
  readonly title: string;
  readonly include: string;
  readonly exclude: string;
  readonly findings: boolean;
}

export const EMPTY_DOCS_FORM: DocsForm = {
  of: 'design',
  title: '',
  include: '',
  exclude: '',
  findings: false,
};

/** Patterns typed as a list: separated by commas or white space, blanks and repeats dropped. */
export function parsePatterns(text: string): string[] {
  return [...new Set(text.split(/[\s,]+/).filter((p) => p !== ''))];
}

/** The request for a form: only what differs from the server's defaults, so equal forms give equal requests. */
export function docsRequest(form: DocsForm): DocsRequest {
  const include = parsePatterns(form.include);
  const exclude = parsePatterns(form.exclude);
  const title = form.title.trim();
  return {
    of: form.of,
    ...(title !== '' ? { title } : {}),
    ...(include.length > 0 ? { include } : {}),
    ...(exclude.length > 0 ? { exclude } : {}),
    ...(form.findings ? { findings: true } : {}),
  };
}
