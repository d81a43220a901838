import type { Statement } from '@schema-studio/diff';
import { connectMysql, ConnectionError as MysqlConnectionError } from '@schema-studio/mysql/node';
import { applyStatements, sessionSettings } from '@schema-studio/postgres';
import { connectPostgres, ConnectionError as PgConnectionError } from '@schema-studio/postgres/connect';
import type { Outcome } from '../connections/live.ts';
import { isMysqlUrl } from '../connections/live-mysql.ts';
import { failure } from '../errors.ts';

/**
 * Waiting for a lock holds every later query on the table in line behind the migration: give up quickly.
 * A statement may rewrite a large table, so it gets far longer, but not forever.
 */
export const LOCK_TIMEOUT = '5s';
export const STATEMENT_TIMEOUT = '15min';
const MYSQL_LOCK_WAIT_SECONDS = 5;

/** The statement that failed and what the database said. */
export interface StatementError {
  readonly index: number;
  readonly sql: string;
  readonly message: string;
  /** PostgreSQL's SQLSTATE or MySQL's, when the server gave one. */
  readonly sqlState?: string;
}

export type RunResult = { readonly ok: true } | { readonly ok: false; readonly error: StatementError };

/** The settings every PostgreSQL apply runs under, in order, before its first statement. */
export function postgresSettings(): string[] {
  return [...sessionSettings(LOCK_TIMEOUT), `SET statement_timeout = '${STATEMENT_TIMEOUT}'`];
}

const sqlStateOf = (error: unknown): string | undefined => {
  const e = error as { code?: unknown; sqlState?: unknown } | null;
  const state = e?.sqlState ?? e?.code;
  return typeof state === 'string' ? state : undefined;
};

async function runPostgres(url: string, up: readonly Statement[]): Promise<RunResult> {
  const client = await connectPostgres(url);
  // applyStatements reports the message only; the SQLSTATE is kept here for the response.
  let lastError: unknown;
  try {
    const failed = await applyStatements(
      async (sql) => {
        try {
          await client.query(sql);
        } catch (error) {
          lastError = error;
          throw error;
        }
      },
      up,
      postgresSettings(),
    );
    if (!failed) return { ok: true };
    const sqlState = sqlStateOf(lastError);
    return {
      ok: false,
      error: {
        index: failed.index,
        sql: failed.statement.sql,
        message: failed.message,
        ...(sqlState ? { sqlState } : {}),
      },
    };
  } finally {
    await client.end();
  }
}

/** MySQL commits each DDL statement implicitly: one by one, stopping at the first failure. */
async function runMysql(url: string, up: readonly Statement[]): Promise<RunResult> {
  const connection = await connectMysql(url);
  try {
    // The planner escapes backslashes in string literals; the session must read them that way.
    await connection.query("SET SESSION sql_mode = REPLACE(@@sql_mode, 'NO_BACKSLASH_ESCAPES', '')");
    await connection.query(`SET SESSION lock_wait_timeout = ${MYSQL_LOCK_WAIT_SECONDS}`);
    for (const [index, statement] of up.entries()) {
      try {
        await connection.query(statement.sql);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const sqlState = sqlStateOf(error);
        return {
          ok: false,
          error: { index, sql: statement.sql, message, ...(sqlState ? { sqlState } : {}) },
        };
      }
    }
    return { ok: true };
  } finally {
    await connection.close();
  }
}

/**
 * Runs `up` on the live database. A statement's failure is a result (the plan met the real database); not
 * reaching the server, or losing it part-way, is CONNECTION_FAILED.
 */
export async function runPlan(url: string, up: readonly Statement[]): Promise<Outcome<RunResult>> {
  try {
    const result = isMysqlUrl(url) ? await runMysql(url, up) : await runPostgres(url, up);
    return { ok: true, value: result };
  } catch (error) {
    if (error instanceof PgConnectionError || error instanceof MysqlConnectionError) {
      return failure('CONNECTION_FAILED', error.message);
    }
    // A server or socket error outside a statement (the connection dropped during ROLLBACK, say).
    if (error instanceof Error && typeof (error as { code?: unknown }).code === 'string') {
      return failure('CONNECTION_FAILED', `The apply lost the database: ${error.message}`);
    }
    throw error;
  }
}
