import type { Result, SchemaModel } from '@schema-studio/schema';
import { introspectPostgres } from '../introspect/index.ts';
import { createPgliteShadow } from './pglite.ts';
import type { ShadowDatabase, ShadowFactory } from './shadow.ts';
import type { SqlError } from './sql-error.ts';
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
 * A reader for the SQL editor's many small reads. Starting an embedded PostgreSQL costs ~2 s; running the script
 * in a transaction that is rolled back afterwards leaves the same engine clean for the next read, so a read costs
 * only the script and the introspection. Scripts that cannot run that way (they end the transaction themselves,
 * or use statements refused inside one) still get a correct answer: the first is read and the engine replaced,
 * the second falls back to a fresh database of its own.
 */
export function createWarmSqlReader(shadowFactory: ShadowFactory = createPgliteShadow): SqlReader {
  let engine: Promise<ShadowDatabase> | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  const discard = async () => {
    const closing = engine;
    engine = undefined;
    await (await closing)?.close().catch(() => undefined);
  };

  const readOnce = async (sql: string): Promise<Result<SchemaModel, SqlError>> => {
    engine ??= shadowFactory();
    const shadow = await engine;
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
