import { Marked, type Token, type TokensList } from 'marked';

/** A run of a document: HTML to show as is, or a Mermaid block to draw. */
export type DocSegment =
  | { readonly kind: 'html'; readonly html: string }
  | { readonly kind: 'mermaid'; readonly source: string };

const markdown = new Marked({ gfm: true, async: false });

/**
 * The document's markdown as HTML runs between its Mermaid code blocks. `sanitize` cleans each run (the
 * markdown holds table and column comments, which are user text); explicit `<a id>` anchors must survive it.
 */
export function docSegments(source: string, sanitize: (html: string) => string): DocSegment[] {
  const tokens = markdown.lexer(source);
  const segments: DocSegment[] = [];
  let run: Token[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const list: TokensList = Object.assign(run, { links: tokens.links });
    segments.push({ kind: 'html', html: sanitize(markdown.parser(list)) });
    run = [];
  };
  for (const token of tokens) {
    if (token.type === 'code' && (token as { lang?: string }).lang?.trim() === 'mermaid') {
      flush();
      segments.push({ kind: 'mermaid', source: (token as { text: string }).text });
    } else {
      run.push(token);
    }
  }
  flush();
  return segments;
}
