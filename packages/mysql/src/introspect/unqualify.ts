/**
 * The server stores a view's SELECT with every table, column and function qualified by the database name
 * (`` `shop`.`orders`.`id` ``). The model must not carry that name (a design read through a scratch database
 * would otherwise differ from the live one), so it is removed here, token by token: string literals are
 * skipped whole, and only a backquoted identifier equal to the database name and followed by `.` and another
 * backquoted identifier is a qualifier. MariaDB leaves calls of the database's own functions unqualified
 * (`` `order_count`(...) ``), so an identifier followed by `(` is a reference too.
 */
export interface Unqualified {
  readonly sql: string;
  /** What the qualifiers pointed at and the functions called, in order of appearance, without repeats. */
  readonly references: readonly string[];
}

export function unqualify(sql: string, database: string): Unqualified {
  let out = '';
  const references: string[] = [];
  let i = 0;
  while (i < sql.length) {
    const ch = sql[i];
    if (ch === "'" || ch === '"') {
      const end = skipString(sql, i);
      out += sql.slice(i, end);
      i = end;
    } else if (ch === '`') {
      const first = readIdentifier(sql, i);
      if (first.name === database && sql[first.end] === '.' && sql[first.end + 1] === '`') {
        const next = readIdentifier(sql, first.end + 1);
        if (!references.includes(next.name)) references.push(next.name);
        out += sql.slice(first.end + 1, next.end);
        i = next.end;
      } else {
        if (sql[first.end] === '(' && !references.includes(first.name)) references.push(first.name);
        out += sql.slice(i, first.end);
        i = first.end;
      }
    } else {
      out += ch;
      i++;
    }
  }
  return { sql: out, references };
}

/** The end (exclusive) of a string literal opened at `start`: `''` doubles a quote, `\` escapes one character. */
function skipString(sql: string, start: number): number {
  const quote = sql[start];
  let i = start + 1;
  while (i < sql.length) {
    if (sql[i] === '\\') i += 2;
    else if (sql[i] === quote && sql[i + 1] === quote) i += 2;
    else if (sql[i] === quote) return i + 1;
    else i++;
  }
  return sql.length;
}

/** A backquoted identifier opened at `start`, unescaped, and where it ends (exclusive). */
function readIdentifier(sql: string, start: number): { name: string; end: number } {
  let name = '';
  let i = start + 1;
  while (i < sql.length) {
    if (sql[i] === '`' && sql[i + 1] === '`') {
      name += '`';
      i += 2;
    } else if (sql[i] === '`') {
      return { name, end: i + 1 };
    } else {
      name += sql[i];
      i++;
    }
  }
  return { name, end: sql.length };
}
