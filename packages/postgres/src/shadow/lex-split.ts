import type { StatementSpan } from './split.ts';

/**
 * Splits a script at its top-level semicolons in one linear pass over PostgreSQL's lexical rules: quoted
 * strings ('' doubling, E'' backslash escapes), quoted identifiers, dollar quoting, line comments and nested
 * block comments. Spans cover each statement's text without the semicolon; blank statements are dropped.
 *
 * Returns undefined when the script holds what a lexer alone cannot split: an SQL-standard function body
 * (`BEGIN ATOMIC ... END`, whose statements end in semicolons too) or an unterminated quote or comment.
 */
export function lexSplit(sql: string): StatementSpan[] | undefined {
  if (/\bbegin\s+atomic\b/i.test(sql)) return undefined;
  const spans: StatementSpan[] = [];
  let start = 0;
  let i = 0;
  while (i < sql.length) {
    const skipped = skipToken(sql, i);
    if (skipped === undefined) return undefined;
    if (skipped > i) {
      i = skipped;
      continue;
    }
    if (sql[i] === ';') {
      pushSpan(sql, spans, start, i);
      start = i + 1;
    }
    i++;
  }
  pushSpan(sql, spans, start, sql.length);
  return spans;
}

function pushSpan(sql: string, spans: StatementSpan[], start: number, end: number): void {
  if (stripComments(sql.slice(start, end)).trim() !== '') spans.push({ start, end });
}

const stripComments = (text: string) => text.replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, '');

/**
 * The offset after a quoted string, quoted identifier, dollar-quoted string or comment starting at `i`;
 * `i` itself when none starts there; undefined when one starts but never ends.
 */
function skipToken(sql: string, i: number): number | undefined {
  const c = sql[i];
  if (c === "'") return skipQuoted(sql, i, "'", isEscapeString(sql, i));
  if (c === '"') return skipQuoted(sql, i, '"', false);
  if (c === '-' && sql[i + 1] === '-') {
    const end = sql.indexOf('\n', i);
    return end === -1 ? sql.length : end + 1;
  }
  if (c === '/' && sql[i + 1] === '*') return skipBlockComment(sql, i);
  if (c === '$') return skipDollarQuoted(sql, i);
  return i;
}

/** `E'...'` (not part of a longer identifier such as `some'`): backslashes escape there. */
function isEscapeString(sql: string, quote: number): boolean {
  const prefix = sql[quote - 1];
  return (prefix === 'E' || prefix === 'e') && !/[A-Za-z0-9_$]/.test(sql[quote - 2] ?? '');
}

function skipQuoted(sql: string, i: number, quote: string, backslashes: boolean): number | undefined {
  let j = i + 1;
  while (j < sql.length) {
    const c = sql[j];
    if (backslashes && c === '\\') j += 2;
    else if (c === quote && sql[j + 1] === quote) j += 2;
    else if (c === quote) return j + 1;
    else j++;
  }
  return undefined;
}

function skipBlockComment(sql: string, i: number): number | undefined {
  let depth = 0;
  let j = i;
  while (j < sql.length) {
    if (sql.startsWith('/*', j)) {
      depth++;
      j += 2;
    } else if (sql.startsWith('*/', j)) {
      depth--;
      j += 2;
      if (depth === 0) return j;
    } else j++;
  }
  return undefined;
}

/** `$$...$$` or `$tag$...$tag$`; a `$` that opens no such quote (`$1`, inside a name) is skipped over as is. */
function skipDollarQuoted(sql: string, i: number): number | undefined {
  if (/[A-Za-z0-9_]/.test(sql[i - 1] ?? '')) return i; // part of an identifier such as a$b
  const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(i, i + 64));
  if (!tag) return i;
  const end = sql.indexOf(tag[0], i + tag[0].length);
  return end === -1 ? undefined : end + tag[0].length;
}
