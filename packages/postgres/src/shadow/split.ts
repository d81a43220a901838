import { parse } from 'libpg-query';

export interface StatementSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * Statement boundaries from PostgreSQL's own parser (libpg-query), used to find which statement of a script
 * failed when the engine's error carries no cursor position (e.g. `relation "x" does not exist`).
 * Offsets are character offsets; libpg-query reports byte offsets, so they are converted.
 */
export async function splitStatements(sql: string): Promise<StatementSpan[]> {
  const result = (await parse(sql)) as { stmts?: { stmt_location?: number; stmt_len?: number }[] };
  const bytes = Buffer.from(sql, 'utf8');
  const toChars = (byteOffset: number) => bytes.subarray(0, byteOffset).toString('utf8').length;
  return (result.stmts ?? []).map((s) => {
    const startByte = s.stmt_location ?? 0;
    const endByte = s.stmt_len ? startByte + s.stmt_len : bytes.length;
    return { start: toChars(startByte), end: toChars(endByte) };
  });
}
