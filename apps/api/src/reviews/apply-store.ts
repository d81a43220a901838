import { randomUUID } from 'node:crypto';
import type { MigrationEntry } from '@schema-studio/docs';
import type { SchemaModel } from '@schema-studio/schema';
import type { Db, Tx } from '../store/db.ts';
import { logActivity } from './proposal-store.ts';
import type { ApplyRecord, ApplyResult } from './records.ts';
import { toApply } from './rows.ts';

/**
 * An apply that has not finished after this long is taken to have died with its server (a crash, a kill), so
 * its claim no longer blocks the proposal.
 */
const STALE_CLAIM = '1 hour';

export interface Attempt {
  readonly proposalId: string;
  readonly actor: string;
  readonly revision: number;
  readonly startedAt: string;
}

async function insertAttempt(
  tx: Tx,
  attempt: Attempt,
  result: ApplyResult,
  failure: Readonly<Record<string, unknown>> | null,
): Promise<void> {
  await tx.query(
    `INSERT INTO proposal_applies (id, proposal_id, actor, revision, result, failure, started_at)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7)`,
    [
      randomUUID(),
      attempt.proposalId,
      attempt.actor,
      attempt.revision,
      result,
      failure === null ? null : JSON.stringify(failure),
      attempt.startedAt,
    ],
  );
}

/** Apply attempts, the claim that keeps two applies of one proposal apart, and the project's migration log. */
export function applyStore(db: Db) {
  return {
    /**
     * Takes the proposal for an apply if it is approved at `revision` and nobody is applying it. One statement,
     * so of two applies started together (on one or several API instances) only one runs.
     */
    async claim(proposalId: string, revision: number): Promise<boolean> {
      const rows = await db.query(
        `UPDATE proposals SET applying_since = now()
          WHERE id = $1 AND status = 'approved' AND revision = $2
            AND (applying_since IS NULL OR applying_since < now() - interval '${STALE_CLAIM}')
          RETURNING id`,
        [proposalId, revision],
      );
      return rows.length > 0;
    },

    /** An attempt that did not apply (drift, or a statement failed): recorded, and the claim let go. */
    async recordFailure(
      attempt: Attempt,
      result: 'drift' | 'failed',
      failure: Readonly<Record<string, unknown>>,
    ): Promise<void> {
      await db.transaction(async (tx) => {
        await insertAttempt(tx, attempt, result, failure);
        await tx.query('UPDATE proposals SET applying_since = NULL WHERE id = $1', [attempt.proposalId]);
        await logActivity(tx, attempt.proposalId, attempt.actor, 'apply_failed', { result, ...failure });
      });
    },

    /**
     * The plan ran: the proposal is applied, its migration joins the project's log, and the project's baseline
     * becomes the applied design (the live database is that now), all at once. The baseline moves only if it is
     * still the one the proposal was planned from, and without a new project version: saves from the editor
     * carry design, layout and hints, never the baseline, so an open editor does not conflict.
     */
    async recordApplied(
      attempt: Attempt,
      projectId: string,
      entry: MigrationEntry,
      baselines: { readonly planned: SchemaModel; readonly applied: SchemaModel },
    ): Promise<void> {
      await db.transaction(async (tx) => {
        await insertAttempt(tx, attempt, 'applied', null);
        await tx.query(
          `UPDATE proposals SET status = 'applied', applying_since = NULL, updated_at = now() WHERE id = $1`,
          [attempt.proposalId],
        );
        await tx.query(
          'INSERT INTO migration_log_entries (project_id, proposal_id, entry) VALUES ($1, $2, $3::jsonb)',
          [projectId, attempt.proposalId, JSON.stringify(entry)],
        );
        await tx.query(
          `UPDATE projects SET baseline = $2::jsonb, updated_at = now() WHERE id = $1 AND baseline = $3::jsonb`,
          [projectId, JSON.stringify(baselines.applied), JSON.stringify(baselines.planned)],
        );
        await logActivity(tx, attempt.proposalId, attempt.actor, 'apply', {
          from: 'approved',
          to: 'applied',
          revision: attempt.revision,
        });
      });
    },

    /** Lets go of a claim when the apply stopped before it could be recorded (a bug, a lost connection). */
    async release(proposalId: string): Promise<void> {
      await db.query('UPDATE proposals SET applying_since = NULL WHERE id = $1', [proposalId]);
    },

    async list(proposalId: string): Promise<ApplyRecord[]> {
      const rows = await db.query(
        `SELECT id, actor, revision, result, failure, started_at, finished_at
           FROM proposal_applies WHERE proposal_id = $1 ORDER BY started_at, id`,
        [proposalId],
      );
      return rows.map(toApply);
    },

    /** The project's applied migrations, oldest first. */
    async migrationLog(projectId: string): Promise<MigrationEntry[]> {
      const rows = await db.query(
        'SELECT entry FROM migration_log_entries WHERE project_id = $1 ORDER BY id',
        [projectId],
      );
      return rows.map((r) => r.entry as MigrationEntry);
    },
  };
}

export type ApplyStore = ReturnType<typeof applyStore>;
