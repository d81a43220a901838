import { err, ok, type Result } from '@schema-studio/schema';
import type { ShadowDatabase } from './shadow.ts';
import type { StatementSpan } from './split.ts';
import { engineErrorFields, locationOf, type SqlError, skipBlank } from './sql-error.ts';

/**
 * After this many statements run in one transaction, it is rolled back and the catalogs vacuumed: every
 * replayed statement leaves dead catalog rows that no vacuum can reclaim while the transaction stays open.
 */
const REPLAY_LIMIT = 20_000;

/**
 * A script kept applied in one open transaction, a savepoint after each statement. Reading the script again
 * after an edit rolls back to the last statement before the first changed one and runs only the rest: adding
 * a table at the end of a 100-table script costs one statement, not a hundred.
 */
export class ScriptSession {
  /** Texts of the statements applied, in order; savepoint `s<i>` was taken before statement i. */
  private readonly applied: string[] = [];
  private open = false;
  private replayed = 0;

  constructor(private readonly shadow: ShadowDatabase) {}

  /** Makes the database hold exactly `sql` (split into `spans`); on an error, it holds the statements before. */
  async load(sql: string, spans: readonly StatementSpan[]): Promise<Result<void, SqlError>> {
    const texts = spans.map((s) => sql.slice(s.start, s.end));
    if (!this.open || this.replayed > REPLAY_LIMIT) await this.restart();
    const kept = commonPrefixLength(this.applied, texts);
    await this.shadow.exec(`ROLLBACK TO SAVEPOINT s${kept}`);
    this.applied.length = kept;
    for (let i = kept; i < texts.length; i++) {
      const text = texts[i] ?? '';
      try {
        // Alone, so that the engine's message and cursor are those the statement gives in the whole script.
        await this.shadow.exec(text);
      } catch (error) {
        await this.shadow.exec(`ROLLBACK TO SAVEPOINT s${i}`);
        return err(locate(error, sql, spans[i] as StatementSpan));
      }
      await this.shadow.exec(`SAVEPOINT s${i + 1}`);
      this.applied.push(text);
      this.replayed++;
    }
    return ok(undefined);
  }

  /** Rolls everything back: the database is as the session found it. */
  async close(): Promise<void> {
    if (this.open) await this.shadow.exec('ROLLBACK');
    this.open = false;
    this.applied.length = 0;
  }

  private async restart(): Promise<void> {
    const wasLong = this.replayed > REPLAY_LIMIT;
    await this.close();
    if (wasLong) await this.shadow.exec('VACUUM');
    await this.shadow.exec('BEGIN; SAVEPOINT s0');
    this.open = true;
    this.replayed = 0;
  }
}

function commonPrefixLength(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** The engine's error, located in the whole script: its cursor within the statement, or the statement's start. */
function locate(error: unknown, sql: string, span: StatementSpan): SqlError {
  const { message, code, position } = engineErrorFields(error);
  const offset = position === undefined ? skipBlank(sql, span.start) : span.start + position - 1;
  return { message, ...(code ? { code } : {}), ...locationOf(sql, offset) };
}
