/** Where one statement of a script lies: `[start, end)`, without its terminating `;`. */
export interface StatementSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * Splits a MySQL script at every `;` outside string literals, quoted identifiers and comments. This is lexing,
 * not parsing: a compound body (`BEGIN ...; ...; END`) comes out in several pieces, which `runMysqlScript`
 * joins again by asking the server (see there). Pieces holding only blanks and comments are left out.
 */
export function splitMysqlScript(sql: string): StatementSpan[] {
  const spans: StatementSpan[] = [];
  let start = 0;
  let meaningful = false;
  let i = 0;
  while (i < sql.length) {
    const skipped = skipNonCode(sql, i);
    if (skipped > i) {
      i = skipped;
      continue;
    }
    const ch = sql[i] as string;
    if (ch === ';') {
      if (meaningful) spans.push({ start, end: i });
      start = i + 1;
      meaningful = false;
      i++;
      continue;
    }
    if (ch === "'" || ch === '"' || ch === '`') i = skipQuoted(sql, i);
    else i++;
    if (!/\s/.test(ch)) meaningful = true;
  }
  if (meaningful) spans.push({ start, end: sql.length });
  return spans;
}

/** The end of a comment starting at `i`, or `i` itself when none starts there. */
export function skipNonCode(sql: string, i: number): number {
  // MySQL needs a blank (or the end) after `--` for a comment: `1--1` is arithmetic.
  const dashes = sql.startsWith('--', i) && (i + 2 >= sql.length || /\s/.test(sql[i + 2] as string));
  if (dashes || sql[i] === '#') {
    const newline = sql.indexOf('\n', i);
    return newline === -1 ? sql.length : newline + 1;
  }
  if (sql.startsWith('/*', i)) {
    const close = sql.indexOf('*/', i + 2);
    return close === -1 ? sql.length : close + 2;
  }
  return i;
}

/**
 * The end of a quoted token opened at `start`: a doubled quote stands for itself; in strings (not in
 * backquoted identifiers) a backslash escapes the next character.
 */
function skipQuoted(sql: string, start: number): number {
  const quote = sql[start];
  let i = start + 1;
  while (i < sql.length) {
    if (quote !== '`' && sql[i] === '\\') i += 2;
    else if (sql[i] === quote && sql[i + 1] === quote) i += 2;
    else if (sql[i] === quote) return i + 1;
    else i++;
  }
  return sql.length;
}

/** The first character of a statement that is not blank or a comment, so a location points at its keyword. */
export function skipBlank(sql: string, offset: number, end = sql.length): number {
  let i = offset;
  while (i < end) {
    const next = skipNonCode(sql, i);
    if (next > i) i = next;
    else if (/\s/.test(sql[i] as string)) i++;
    else break;
  }
  return Math.min(i, end);
}
