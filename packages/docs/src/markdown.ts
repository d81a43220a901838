/**
 * GitHub-flavoured Markdown building blocks. Everything that comes from the database (names, comments, SQL)
 * passes through one of these, so no catalog text can open a tag, a link, a table cell or a code span.
 */

/**
 * What GFM could read as emphasis, code, links, HTML, entities or strikethrough. Pipes are left to `cell`:
 * escaping them twice would leave a literal backslash in a table.
 */
const INLINE_SPECIALS = /[\\`*_[\]<>&~]/g;

/** Line starts that would turn a line into a heading, quote, list item, rule or setext underline. */
const BLOCK_MARKER = /^[#>+=-]/;
const ORDERED_MARKER = /^(\d+)([.)])/;

/**
 * Plain text on one line (a table cell, a list item): escaped, line breaks kept as `<br>`. Safe at the start
 * of a line too, where `#` or `1.` would otherwise open a heading or a list.
 */
export function text(value: string): string {
  return blockSafe(
    lines(value)
      .map((line) => line.replace(INLINE_SPECIALS, '\\$&'))
      .join('<br>'),
  );
}

/**
 * Plain text as a paragraph: escaped, with line starts that GFM would treat as block syntax (headings, lists,
 * indented code, a table's delimiter row) neutralised.
 */
export function paragraph(value: string): string {
  return lines(value)
    .map((line) => blockSafe(line.trimStart().replace(INLINE_SPECIALS, '\\$&').replaceAll('|', '\\|')))
    .join('<br>\n');
}

function blockSafe(line: string): string {
  return line.replace(BLOCK_MARKER, '\\$&').replace(ORDERED_MARKER, '$1\\$2');
}

/**
 * A code span that holds any text: the delimiter is one backtick longer than the longest run inside, and
 * padded when the text starts or ends with a backtick (CommonMark strips one space on each side). Line breaks
 * become spaces, as a code span renders them anyway, so the span can sit in a table row.
 */
export function code(value: string): string {
  const flat = lines(value).join(' ');
  const fence = '`'.repeat(longestRun(flat, '`') + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat.trim() === '' ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A fenced code block whose fence no line of the content can close. */
export function codeBlock(content: string, language = ''): string {
  const fence = '`'.repeat(Math.max(3, longestRun(content, '`') + 1));
  return `${fence}${language}\n${content.replace(/\s+$/, '')}\n${fence}`;
}

/**
 * Escapes the one character a GFM table cell cannot hold unescaped, even inside a code span. GitHub's table
 * parser takes every backslash-pipe as a pipe in the cell, whatever precedes it, then reads the cell inline.
 */
export function cell(value: string): string {
  return value.replaceAll('|', '\\|');
}

/** A GFM table; cells are Markdown already (built with `text`, `code`, `link`), pipes are escaped here. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const row = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [row(header), row(header.map(() => '---')), ...rows.map(row)].join('\n');
}

/** A link whose label is Markdown already. Targets are built from anchors and paths we generate. */
export function link(label: string, target: string): string {
  return `[${label}](${target})`;
}

/** An explicit anchor: link targets stay stable however GitHub slugs the heading text. */
export function anchor(id: string): string {
  return `<a id="${id}"></a>`;
}

/** Joins blocks with one blank line between them and ends the file with one newline. */
export function document(blocks: readonly (string | undefined)[]): string {
  return `${blocks.filter((b): b is string => b !== undefined && b !== '').join('\n\n')}\n`;
}

function lines(value: string): string[] {
  return value.replace(/\r\n?/g, '\n').split('\n');
}

function longestRun(value: string, char: string): number {
  let longest = 0;
  let current = 0;
  for (const c of value) {
    current = c === char ? current + 1 : 0;
    longest = Math.max(longest, current);
  }
  return longest;
}
