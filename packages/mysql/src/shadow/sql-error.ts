/** Where in a SQL script something went wrong, 1-based like every editor. */
export interface SqlLocation {
  readonly line: number;
  readonly column: number;
}

/** An error the server raised while running a script, located in that script when possible. */
export interface MysqlSqlError extends Partial<SqlLocation> {
  /** The server's message. */
  readonly message: string;
  /** SQLSTATE, e.g. `42000` for a syntax error. */
  readonly code?: string;
  /** The server's error number, e.g. 1064 (the symbolic names differ between MySQL and MariaDB). */
  readonly errno?: number;
}

/** Line and column of a 0-based character offset. */
export function locationOf(sql: string, offset: number): SqlLocation {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < sql.length; i++) {
    if (sql[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

export interface ServerErrorFields {
  readonly message: string;
  readonly code?: string;
  readonly errno?: number;
}

export function serverErrorFields(error: unknown): ServerErrorFields {
  const e = (error ?? {}) as { sqlMessage?: unknown; message?: unknown; sqlState?: unknown; errno?: unknown };
  const message =
    typeof e.sqlMessage === 'string'
      ? e.sqlMessage
      : typeof e.message === 'string'
        ? e.message
        : String(error);
  return {
    message,
    ...(typeof e.sqlState === 'string' ? { code: e.sqlState } : {}),
    ...(typeof e.errno === 'number' ? { errno: e.errno } : {}),
  };
}

const NEAR = /near '([\s\S]*)' at line (\d+)$/;

/** A syntax error that ran off the end of the statement (`near '' at line N`): the statement is incomplete. */
export function isIncomplete(error: ServerErrorFields): boolean {
  return error.errno === 1064 && NEAR.exec(error.message)?.[1] === '';
}

/**
 * The 0-based offset, within `statement`, of the token a syntax error names (`... near 'SELEC 2; END' at
 * line 3`). The text runs from that token on (cut at 80 characters or so, then ending in `...`); the line is
 * where the server's lexer stood, which can be past the token when it had to look ahead (a token at the end
 * of line 3 can be reported at line 4). So the token is the last occurrence of the text that starts no later
 * than the end of that line. Undefined when the message has no such part.
 */
export function syntaxErrorOffset(statement: string, error: ServerErrorFields): number | undefined {
  const match = NEAR.exec(error.message);
  if (!match) return undefined;
  const near = (match[1] ?? '').replace(/\.\.\.$/, '');
  if (near === '') return statement.trimEnd().length;
  let lineEnd = -1;
  for (let line = 0; line < Number(match[2]); line++) {
    const newline = statement.indexOf('\n', lineEnd + 1);
    lineEnd = newline === -1 ? statement.length : newline;
    if (newline === -1) break;
  }
  const found = statement.lastIndexOf(near, lineEnd);
  return found === -1 ? undefined : found;
}
