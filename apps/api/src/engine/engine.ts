import type { RenameHint, Statement } from '@schema-studio/diff';
import { planMigration, renderModelDdl, renderStatements, sessionSettings } from '@schema-studio/postgres';
import {
  createPgliteShadow,
  createWarmSqlReader,
  type ShadowFactory,
  type VerifyReport,
  verifyMigration,
} from '@schema-studio/postgres/node';
import { type SchemaModel, validateModel } from '@schema-studio/schema';
import type { Outcome } from '../connections/live.ts';
import { failure } from '../errors.ts';
import { limiter } from './limit.ts';

export interface PlanResponse {
  readonly up: readonly Statement[];
  readonly down: readonly Statement[];
  readonly session: readonly string[];
  readonly upSql: string;
  readonly downSql: string;
}

/** How many problems an INVALID_MODEL answer lists: enough to fix a batch, not a wall of text. */
const SHOWN_PROBLEMS = 10;

/** The engine: SQL to model on a shadow, plans, proofs and DDL. Only the shadow work is queued. */
export interface Engine {
  /** `signal`: the request went away; a read still waiting for the engine is skipped. */
  sqlToModel(sql: string, signal?: AbortSignal): Promise<Outcome<SchemaModel>>;
  verify(baseline: SchemaModel, design: SchemaModel, hints: readonly RenameHint[]): Promise<VerifyReport>;
  plan(baseline: SchemaModel, design: SchemaModel, hints: readonly RenameHint[]): PlanResponse;
  ddl(model: SchemaModel): string;
  close(): Promise<void>;
}

export function createEngine(shadow: ShadowFactory = createPgliteShadow, concurrency = 2): Engine {
  const queue = limiter(concurrency);
  // The SQL editor reads a script after every pause in typing: one engine kept warm answers in a fraction of
  // a fresh one's start-up. It reads one script at a time; verification keeps its fresh shadows.
  const reader = createWarmSqlReader(shadow);
  return {
    async sqlToModel(sql, signal) {
      const result = await reader.read(sql, signal);
      if (result.ok) return { ok: true, value: result.value };
      const { message, line, column, code } = result.error;
      const where = line === undefined ? '' : ` (line ${line}, column ${column})`;
      return failure('SQL_ERROR', `${message}${where}`, {
        ...(line === undefined ? {} : { line, column }),
        ...(code ? { sqlState: code } : {}),
      });
    },
    verify: (baseline, design, hints) => queue(() => verifyMigration(baseline, design, { hints, shadow })),
    plan(baseline, design, hints) {
      const { up, down } = planMigration(baseline, design, hints);
      return {
        up,
        down,
        session: sessionSettings(),
        upSql: renderStatements(up, { hazardComments: true }),
        downSql: renderStatements(down, { hazardComments: true }),
      };
    },
    ddl: (model) => renderModelDdl(model),
    close: () => reader.close(),
  };
}

/** Untrusted JSON to a model, or INVALID_MODEL naming `what` and the first problems by path. */
export function checkModel(input: unknown, what: string): Outcome<SchemaModel> {
  const result = validateModel(input);
  if (result.ok && result.value.dialect !== 'postgres') {
    return failure(
      'INVALID_MODEL',
      `${what} is a ${result.value.dialect} model; this server plans PostgreSQL`,
    );
  }
  if (result.ok) return { ok: true, value: result.value };
  const problems = result.error.slice(0, SHOWN_PROBLEMS);
  return failure('INVALID_MODEL', `${what} is not a valid model: ${problems[0] ?? 'unknown problem'}`, {
    problems: problems.map((p) => `${what}.${p}`),
  });
}
