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
 * A script kept applied in one open transaction, with savepoints to roll back to. Reading the script again
 * after an edit rolls back to the last savepoint before the first changed statement and runs only the rest:
 * adding a table at the end of a 100-table script costs one statement, not a hundred.
 *
 * Savepoints are sparse (`Checkpoints`): each open savepoint is a nested subtransaction, and PostgreSQL checks
 * the visibility of every catalog row the script wrote against every level of that nesting. With one savepoint
 * per statement (576 for a 100-table design) reading the catalog back took twice as long as with none.
 */
export class ScriptSession {
  /** Texts of the statements applied, in order. */
  private readonly applied: string[] = [];
  private readonly checkpoints = new Checkpoints();
  private open = false;
  private replayed = 0;

  constructor(private readonly shadow: ShadowDatabase) {}

  /**
   * Makes the database hold exactly `sql` (split into `spans`); on an error, it holds the statements before.
   * `changed` is false when the database was left as it was: the script differs at most in blank space
   * around its statements (a line break typed after a `;`).
   */
  async load(sql: string, spans: readonly StatementSpan[]): Promise<Result<{ changed: boolean }, SqlError>> {
    const raw = spans.map((s) => sql.slice(s.start, s.end));
    // Compared and kept trimmed; run as written, so that the engine's cursor falls where the span says.
    const texts = raw.map((text) => text.trim());
    const fresh = !this.open || this.replayed > REPLAY_LIMIT || this.checkpoints.crowded(texts.length);
    if (fresh) await this.restart();
    const had = this.applied.length;
    const changed = commonPrefixLength(this.applied, texts);
    const from = this.checkpoints.before(changed);
    await this.shadow.exec(`ROLLBACK TO SAVEPOINT s${from}`);
    this.checkpoints.dropAfter(from);
    this.applied.length = from;
    for (let i = from; i < texts.length; i++) {
      // A savepoint where this edit began (the next edit is likely there too) and at regular intervals.
      if (i > from && (i === changed || this.checkpoints.onGrid(i, texts.length))) await this.mark(i);
      try {
        // Alone, so that the engine's message and cursor are those the statement gives in the whole script.
        await this.shadow.exec(raw[i] ?? '');
      } catch (error) {
        await this.undoFailed(i);
        return err(locate(error, sql, spans[i] as StatementSpan));
      }
      this.applied.push(texts[i] ?? '');
      this.replayed++;
    }
    // A savepoint after the last statement: appending to the script runs only what is appended.
    if (texts.length > from) await this.mark(texts.length);
    return ok({ changed: fresh || from !== had || texts.length !== from });
  }

  /** Rolls everything back: the database is as the session found it. */
  async close(): Promise<void> {
    if (this.open) await this.shadow.exec('ROLLBACK');
    this.open = false;
    this.applied.length = 0;
    this.checkpoints.dropAfter(0);
  }

  private async mark(i: number): Promise<void> {
    await this.shadow.exec(`SAVEPOINT s${i}`);
    this.checkpoints.add(i);
  }

  /**
   * Statement `failed` aborted the subtransaction of the last savepoint: roll back to it and run again the
   * statements between it and the failed one, which ran before without error.
   */
  private async undoFailed(failed: number): Promise<void> {
    const back = this.checkpoints.before(failed);
    await this.shadow.exec(`ROLLBACK TO SAVEPOINT s${back}`);
    for (let i = back; i < failed; i++) await this.shadow.exec(this.applied[i] ?? '');
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

/**
 * Where savepoints are: `s<i>` is taken before statement i, so rolling back to it leaves statements 0..i-1.
 * On a grid of about √n statements (at most √n savepoints deep, at most √n statements run again), plus the
 * places edits began.
 */
class Checkpoints {
  private readonly at: number[] = [0];

  onGrid(i: number, statements: number): boolean {
    return i % Math.max(8, Math.ceil(Math.sqrt(statements))) === 0;
  }

  /** The last savepoint at or before statement `i`. */
  before(i: number): number {
    let found = 0;
    for (const p of this.at) if (p <= i) found = p;
    return found;
  }

  add(i: number): void {
    this.at.push(i);
  }

  /** Rolling back to `s<i>` releases every savepoint taken after it. */
  dropAfter(i: number): void {
    while ((this.at.at(-1) ?? 0) > i) this.at.pop();
  }

  /** Edits at many places have left more savepoints than the grid needs: time to start afresh. */
  crowded(statements: number): boolean {
    return this.at.length > 2 * Math.sqrt(statements) + 16;
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
