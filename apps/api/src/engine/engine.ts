import type { RenameHint, Statement, VerifyReport } from '@schema-studio/diff';
import { planMigration, renderModelDdl, renderStatements, sessionSettings } from '@schema-studio/postgres';
import {
  createPgliteShadow,
  createWarmSqlReader,
  type ShadowFactory,
  verifyMigration,
} from '@schema-studio/postgres/node';
import { type Dialect, type SchemaModel, validateModel } from '@schema-studio/schema';
import type { Outcome } from '../connections/live.ts';
import { failure } from '../errors.ts';
import { limiter } from './limit.ts';
import { mysqlEngine } from './mysql-engine.ts';

export interface PlanResponse {
  readonly up: readonly Statement[];
  readonly down: readonly Statement[];
  readonly session: readonly string[];
  readonly upSql: string;
  readonly downSql: string;
}

/** How many problems an INVALID_MODEL answer lists: enough to fix a batch, not a wall of text. */
const SHOWN_PROBLEMS = 10;

/**
 * The engine: SQL to model on a shadow, plans, proofs and DDL, for the dialect of the models (or, for SQL, the
 * one asked for). Only the shadow work is queued.
 */
export interface Engine {
  /** `signal`: the request went away; a read still waiting for the engine is skipped. */
  sqlToModel(sql: string, signal?: AbortSignal, dialect?: Dialect): Promise<Outcome<SchemaModel>>;
  verify(
    baseline: SchemaModel,
    design: SchemaModel,
    hints: readonly RenameHint[],
  ): Promise<Outcome<VerifyReport>>;
  plan(baseline: SchemaModel, design: SchemaModel, hints: readonly RenameHint[]): PlanResponse;
  ddl(model: SchemaModel): string;
  close(): Promise<void>;
}

export interface EngineOptions {
  /** Shadow databases for PostgreSQL (PGlite by default). */
  readonly shadow?: ShadowFactory;
  /** A MySQL/MariaDB server for MySQL's scratch databases; without it, MySQL SQL and proofs are refused. */
  readonly mysqlShadowUrl?: string;
  readonly concurrency?: number;
}

export function createEngine({
  shadow = createPgliteShadow,
  mysqlShadowUrl,
  concurrency = 2,
}: EngineOptions = {}): Engine {
  const queue = limiter(concurrency);
  const mysql = mysqlEngine(mysqlShadowUrl);
  // The SQL editor reads a script after every pause in typing: one engine kept warm answers in a fraction of
  // a fresh one's start-up. It reads one script at a time; verification keeps its fresh shadows.
  const reader = createWarmSqlReader(shadow);
  return {
    async sqlToModel(sql, signal, dialect = 'postgres') {
      if (dialect === 'mysql') return queue(() => mysql.sqlToModel(sql));
      const result = await reader.read(sql, signal);
      if (result.ok) return { ok: true, value: result.value };
      const { message, line, column, code } = result.error;
      const where = line === undefined ? '' : ` (line ${line}, column ${column})`;
      return failure('SQL_ERROR', `${message}${where}`, {
        ...(line === undefined ? {} : { line, column }),
        ...(code ? { sqlState: code } : {}),
      });
    },
    async verify(baseline, design, hints) {
      if (design.dialect === 'mysql') return queue(() => mysql.verify(baseline, design, hints));
      return { ok: true, value: await queue(() => verifyMigration(baseline, design, { hints, shadow })) };
    },
    plan(baseline, design, hints) {
      if (design.dialect === 'mysql') return mysql.plan(baseline, design, hints);
      const { up, down } = planMigration(baseline, design, hints);
      return {
        up,
        down,
        session: sessionSettings(),
        upSql: renderStatements(up, { hazardComments: true }),
        downSql: renderStatements(down, { hazardComments: true }),
      };
    },
    ddl: (model) => (model.dialect === 'mysql' ? mysql.ddl(model) : renderModelDdl(model)),
    close: () => reader.close(),
  };
}

/** Untrusted JSON to a model, or INVALID_MODEL naming `what` and the first problems by path. */
export function checkModel(input: unknown, what: string): Outcome<SchemaModel> {
  const result = validateModel(input);
  if (result.ok) return { ok: true, value: result.value };
  const problems = result.error.slice(0, SHOWN_PROBLEMS);
  return failure('INVALID_MODEL', `${what} is not a valid model: ${problems[0] ?? 'unknown problem'}`, {
    problems: problems.map((p) => `${what}.${p}`),
  });
}
