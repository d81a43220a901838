/** Where in a SQL file something went wrong, 1-based like every editor. */
export interface SqlLocation {
  readonly line: number;
  readonly column: number;
}

/** An error the engine raised while running a SQL file, located in that file. */
export interface SqlError extends Partial<SqlLocation> {
  readonly message: string;
  /** SQLSTATE, e.g. `42601` for a syntax error. */
  readonly code?: string;
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

interface EngineErrorFields {
  message?: unknown;
  code?: unknown;
  position?: unknown;
}

/** The engine's message and SQLSTATE, and its cursor position (1-based, in the whole script) when it gave one. */
export function engineErrorFields(error: unknown): { message: string; code?: string; position?: number } {
  const e = (error ?? {}) as EngineErrorFields;
  const message = typeof e.message === 'string' ? e.message : String(error);
  const code = typeof e.code === 'string' ? e.code : undefined;
  const position = Number(e.position);
  return {
    message,
    ...(code ? { code } : {}),
    ...(Number.isInteger(position) && position > 0 ? { position } : {}),
  };
}

/** Skips whitespace and comments so a statement's location points at its first keyword. */
export function skipBlank(sql: string, offset: number): number {
  let i = offset;
  while (i < sql.length) {
    if (/\s/.test(sql[i] ?? '')) i++;
    else if (sql.startsWith('--', i)) i = sql.indexOf('\n', i) === -1 ? sql.length : sql.indexOf('\n', i) + 1;
    else if (sql.startsWith('/*', i)) i = sql.indexOf('*/', i) === -1 ? sql.length : sql.indexOf('*/', i) + 2;
    else break;
  }
  return i;
}
