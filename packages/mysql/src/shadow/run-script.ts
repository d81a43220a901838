import { err, ok, type Result } from '@schema-studio/schema';
import { type StatementSpan, skipBlank, splitMysqlScript } from './split.ts';
import {
  isIncomplete,
  locationOf,
  type MysqlSqlError,
  type ServerErrorFields,
  serverErrorFields,
  syntaxErrorOffset,
} from './sql-error.ts';

/** Runs exactly one statement (a session without the multi-statement flag). */
export type RunStatement = (sql: string) => Promise<unknown>;

/**
 * Runs a script one statement at a time, so that a failure is pinned to its statement: the error carries
 * the server's message and the line and column of the failing token (syntax errors) or of the statement.
 *
 * The script is split lexically at `;`. A compound body (`CREATE PROCEDURE ... BEGIN ...; ...; END`) is cut
 * into pieces that way; the server answers such a piece with a syntax error at its very end, and the next
 * piece is then appended and the whole sent again, until it runs or fails somewhere else. No DELIMITER
 * needed, and no guessing at which keywords open a block.
 */
export async function runMysqlScript(run: RunStatement, sql: string): Promise<Result<void, MysqlSqlError>> {
  const spans = splitMysqlScript(sql);
  let i = 0;
  while (i < spans.length) {
    const outcome = await runJoined(run, sql, spans, i);
    if (!outcome.ok) return outcome;
    i = outcome.value;
  }
  return ok(undefined);
}

/** Runs the statement starting at piece `first`, joining pieces while it is incomplete; the next piece's index. */
async function runJoined(
  run: RunStatement,
  sql: string,
  spans: readonly StatementSpan[],
  first: number,
): Promise<Result<number, MysqlSqlError>> {
  const start = skipBlank(sql, (spans[first] as StatementSpan).start);
  let previous: { error: ServerErrorFields; text: string } | undefined;
  for (let last = first; last < spans.length; last++) {
    const text = sql.slice(start, (spans[last] as StatementSpan).end);
    try {
      await run(text);
      return ok(last + 1);
    } catch (thrown) {
      const error = serverErrorFields(thrown);
      if (isIncomplete(error) && last + 1 < spans.length) {
        previous = { error, text };
        continue;
      }
      // A failure right at the `;` that joined the last piece means the pieces were never one statement: the
      // previous, shorter attempt was the real (incomplete) statement.
      const offset = syntaxErrorOffset(text, error);
      const joinedAt = previous?.text.length;
      if (previous && offset !== undefined && joinedAt !== undefined && offset <= joinedAt) {
        return err(located(sql, start, previous.text, previous.error));
      }
      return err(located(sql, start, text, error));
    }
  }
  return ok(spans.length);
}

const DELIMITER_HINT =
  ' (DELIMITER is a command of the mysql client, not SQL: leave it out; the server reads BEGIN ... END whole)';

function located(sql: string, start: number, statement: string, error: ServerErrorFields): MysqlSqlError {
  const offset = syntaxErrorOffset(statement, error) ?? 0;
  const hint = /^delimiter\b/i.test(statement) ? DELIMITER_HINT : '';
  return { ...error, message: error.message + hint, ...locationOf(sql, start + offset) };
}
