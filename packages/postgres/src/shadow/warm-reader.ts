import type { Result, SchemaModel } from '@schema-studio/schema';
import { introspectPostgres } from '../introspect/index.ts';
import { lexSplit } from './lex-split.ts';
import { createPgliteShadow } from './pglite.ts';
import { ScriptSession } from './script-session.ts';
import type { ShadowDatabase, ShadowFactory } from './shadow.ts';
import type { StatementSpan } from './split.ts';
import { type SqlError, skipBlank } from './sql-error.ts';
import { runScript, sqlToModel } from './sql-to-model.ts';

/** Reads SQL scripts into models, one at a time, on a database kept warm between reads. */
export interface SqlReader {
  /** A read whose `signal` aborts while it waits for its turn is skipped (it rejects with the signal's reason). */
  read(sql: string, signal?: AbortSignal): Promise<Result<SchemaModel, SqlError>>;
  close(): Promise<void>;
}

/** SQLSTATE 25001: the statement cannot run inside a transaction block (VACUUM, CREATE DATABASE, ...). */
const ACTIVE_SQL_TRANSACTION = '25001';

/**
 * A reader for the SQL editor's many small reads. Starting an embedded PostgreSQL costs ~2 s, so one engine is
 * kept warm. The script is kept applied in an open transaction, a savepoint after each statement
 * (`ScriptSession`): the next read rolls back to where the new script first differs and runs only the rest.
 * Scripts that cannot be split lexically or act on the session run whole in a transaction rolled back after;
 * if they end that transaction themselves, they are read and the engine replaced; statements refused inside
 * a transaction fall back to a fresh database of their own.
 */
export function createWarmSqlReader(shadowFactory: ShadowFactory = createPgliteShadow): SqlReader {
  let engine: Promise<WarmEngine> | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  const discard = async () => {
    const closing = engine;
    engine = undefined;
    await (await closing)?.shadow.close().catch(() => undefined);
  };

  const readOnce = async (sql: string): Promise<Result<SchemaModel, SqlError>> => {
    engine ??= shadowFactory().then((shadow) => ({ shadow, session: new ScriptSession(shadow) }));
    const warm = await engine;
    const { shadow, session } = warm;
    const spans = incrementalSpans(sql);
    const last = warm.model;
    warm.model = undefined;
    if (spans) {
      const loaded = await session.load(sql, spans);
      if (loaded.ok) {
        // The database is as the last read left it: so is its catalog.
        warm.model = last && !loaded.value.changed ? last : await introspectPostgres(shadow.query);
        return { ok: true, value: warm.model };
      }
      if (loaded.error.code !== ACTIVE_SQL_TRANSACTION) return loaded;
    }
    await session.close();
    const outcome = await readInTransaction(shadow, sql, shadowFactory);
    if (outcome === 'not-in-transaction') return sqlToModel(sql, shadowFactory);
    if (outcome.leftTraces) await discard();
    return outcome.result;
  };

  return {
    read(sql, signal) {
      const next = queue.then(() => {
        signal?.throwIfAborted(); // the person typed on: a newer read is queued behind this one
        return readOnce(sql).catch(async (error: unknown) => {
          await discard(); // an engine in an unknown state is not reused
          throw error;
        });
      });
      queue = next.catch(() => undefined);
      return next;
    },
    async close() {
      await queue;
      await discard();
    },
  };
}

interface WarmEngine {
  readonly shadow: ShadowDatabase;
  readonly session: ScriptSession;
  /** The model of the script the session holds, when the last read loaded it without error. */
  model?: SchemaModel;
}

/**
 * Statements that act on the session or the transaction itself (COMMIT, PREPARE, LISTEN, ...) cannot be kept
 * applied under savepoints: a script with any of them is read whole, in a transaction of its own.
 */
const SESSION_STATEMENT =
  /^(?:begin|start|commit|end|rollback|abort|savepoint|release|prepare|deallocate|execute|listen|unlisten|notify|discard|declare|close|fetch|move|vacuum|checkpoint|load)\b/i;

/** The script's statements, when it can be read incrementally. */
function incrementalSpans(sql: string): StatementSpan[] | undefined {
  const spans = lexSplit(sql);
  if (!spans) return undefined;
  const firstWord = (span: StatementSpan) => sql.slice(skipBlank(sql, span.start), span.end);
  return spans.some((span) => SESSION_STATEMENT.test(firstWord(span))) ? undefined : spans;
}

interface TransactionRead {
  readonly result: Result<SchemaModel, SqlError>;
  /** The script ended our transaction itself, so some of what it did was committed: the engine is replaced. */
  readonly leftTraces: boolean;
}

async function readInTransaction(
  shadow: ShadowDatabase,
  sql: string,
  shadowFactory: ShadowFactory,
): Promise<TransactionRead | 'not-in-transaction'> {
  await shadow.exec('BEGIN');
  const { rows } = await shadow.query('SELECT txid_current()::text AS id');
  const began = BigInt(String(rows[0]?.id));
  let result: Result<SchemaModel, SqlError> | 'not-in-transaction';
  try {
    const loaded = await runScript(shadow, sql, shadowFactory);
    if (loaded.ok) result = { ok: true, value: await introspectPostgres(shadow.query) };
    else result = loaded.error.code === ACTIVE_SQL_TRANSACTION ? 'not-in-transaction' : loaded;
  } finally {
    await shadow.exec('ROLLBACK').catch(() => undefined);
  }
  await shadow.exec('DISCARD ALL'); // session state a script may leave: prepared statements, settings
  const leftTraces = await committedSince(shadow, began);
  return result === 'not-in-transaction' ? result : { result, leftTraces };
}

/** Catalogs a DDL script writes to; a row committed in them since `began` means the script committed. */
const CATALOGS = [
  'pg_namespace',
  'pg_class',
  'pg_attribute',
  'pg_attrdef',
  'pg_constraint',
  'pg_index',
  'pg_type',
  'pg_enum',
  'pg_proc',
  'pg_trigger',
  'pg_policy',
  'pg_description',
  'pg_extension',
  'pg_collation',
  'pg_sequence',
  'pg_authid',
  'pg_database',
];

/**
 * Whether anything was committed since transaction `began` started. Our own transaction was rolled back, so its
 * rows are invisible here; any visible row that new came from a COMMIT inside the script.
 */
async function committedSince(shadow: ShadowDatabase, began: bigint): Promise<boolean> {
  const xid = (began % 2n ** 32n).toString();
  const probes = CATALOGS.map((c) => `SELECT 1 FROM pg_catalog.${c} WHERE xmin::text::bigint >= ${xid}`);
  const { rows } = await shadow.query(`SELECT EXISTS (${probes.join(' UNION ALL ')}) AS dirty`);
  return rows[0]?.dirty === true;
}
