import { randomUUID } from 'node:crypto';
import type { Db, Tx } from '../store/db.ts';
import { isOutdated } from './outdated.ts';
import type {
  ActivityRecord,
  ApprovalRecord,
  ProposalRecord,
  ProposalSnapshot,
  ProposalSummaryRecord,
} from './records.ts';
import {
  isId,
  PROPOSAL_COLUMNS,
  SUMMARY_COLUMNS,
  toActivity,
  toApproval,
  toProposal,
  toSummary,
  toThread,
} from './rows.ts';
import type { ProposalAction, ProposalStatus } from './transitions.ts';

const json = (value: unknown) => JSON.stringify(value);

/** Why a guarded write did not happen: someone moved the proposal first, or an apply is running on it. */
export type WriteOutcome = 'done' | 'missing' | 'stale' | 'busy';

export interface NewProposal {
  readonly projectId: string;
  readonly title: string;
  readonly description: string;
  readonly author: string;
}

export async function logActivity(
  tx: Tx,
  proposalId: string,
  actor: string,
  action: string,
  detail: Readonly<Record<string, unknown>> = {},
): Promise<void> {
  await tx.query(
    'INSERT INTO proposal_activity (proposal_id, actor, action, detail) VALUES ($1, $2, $3, $4::jsonb)',
    [proposalId, actor, action, json(detail)],
  );
}

/**
 * Moves the status only if it is still `from` and no apply is running: the check and the write are one
 * statement, so two reviewers acting at once cannot both pass the transition table against a stale status.
 */
async function guardedStatus(tx: Tx, id: string, from: ProposalStatus, to: ProposalStatus): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE proposals SET status = $3, updated_at = now()
      WHERE id = $1 AND status = $2 AND applying_since IS NULL RETURNING id`,
    [id, from, to],
  );
  return rows.length > 0;
}

async function whyNot(db: Tx, id: string, from: ProposalStatus): Promise<WriteOutcome> {
  const [row] = await db.query('SELECT status, applying_since FROM proposals WHERE id = $1', [id]);
  if (!row) return 'missing';
  return row.status === from && row.applying_since !== null ? 'busy' : 'stale';
}

/** Approving records the reviewer; requesting changes withdraws that reviewer's approval. */
async function recordReview(tx: Tx, id: string, action: ProposalAction, actor: string): Promise<void> {
  if (action === 'approve') {
    await tx.query(
      `INSERT INTO proposal_approvals (proposal_id, reviewer, revision)
       SELECT id, $2, revision FROM proposals WHERE id = $1
       ON CONFLICT (proposal_id, reviewer) DO UPDATE SET revision = EXCLUDED.revision, created_at = now()`,
      [id, actor],
    );
  }
  if (action === 'request_changes') {
    await tx.query('DELETE FROM proposal_approvals WHERE proposal_id = $1 AND reviewer = $2', [id, actor]);
  }
}

/** Proposals, their status and revisions, approvals and activity, over the store's database. */
export function proposalStore(db: Db) {
  return {
    async create(input: NewProposal, snapshot: ProposalSnapshot): Promise<ProposalRecord> {
      const id = randomUUID();
      await db.transaction(async (tx) => {
        await tx.query(
          `INSERT INTO proposals (id, project_id, title, description, author, dialect, baseline, design, hints, plan, verification)
           VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb, $9::jsonb, $10::jsonb, $11::jsonb)`,
          [
            id,
            input.projectId,
            input.title,
            input.description,
            input.author,
            snapshot.dialect,
            json(snapshot.baseline),
            json(snapshot.design),
            json(snapshot.hints),
            json(snapshot.plan),
            snapshot.verification === null ? null : json(snapshot.verification),
          ],
        );
        await logActivity(tx, id, input.author, 'created', { revision: 1, title: input.title });
      });
      const created = await this.get(id);
      if (!created) throw new Error('a proposal just inserted cannot be read');
      return created;
    },

    async list(projectId: string): Promise<ProposalSummaryRecord[]> {
      if (!isId(projectId)) return [];
      const rows = await db.query(
        `SELECT ${SUMMARY_COLUMNS},
                (SELECT count(*) FROM proposal_threads t WHERE t.proposal_id = p.id AND NOT t.resolved) AS open_threads
           FROM proposals p WHERE p.project_id = $1 ORDER BY p.created_at DESC, p.id`,
        [projectId],
      );
      return rows.map(toSummary);
    },

    async get(id: string): Promise<ProposalRecord | undefined> {
      if (!isId(id)) return undefined;
      const [row] = await db.query(`SELECT ${PROPOSAL_COLUMNS} FROM proposals p WHERE p.id = $1`, [id]);
      return row ? toProposal(row) : undefined;
    },

    async approvals(id: string): Promise<ApprovalRecord[]> {
      const rows = await db.query(
        'SELECT reviewer, revision, created_at FROM proposal_approvals WHERE proposal_id = $1 ORDER BY created_at, reviewer',
        [id],
      );
      return rows.map(toApproval);
    },

    async activity(id: string): Promise<ActivityRecord[]> {
      const rows = await db.query(
        'SELECT actor, action, detail, created_at FROM proposal_activity WHERE proposal_id = $1 ORDER BY id',
        [id],
      );
      return rows.map(toActivity);
    },

    /** A status change the transition table allowed (`from` -> `to`), with its record in the activity log. */
    async transition(
      id: string,
      change: { from: ProposalStatus; to: ProposalStatus; action: ProposalAction },
      actor: string,
      detail: Readonly<Record<string, unknown>> = {},
    ): Promise<WriteOutcome> {
      return db.transaction(async (tx) => {
        if (!(await guardedStatus(tx, id, change.from, change.to))) return whyNot(tx, id, change.from);
        await recordReview(tx, id, change.action, actor);
        await logActivity(tx, id, actor, change.action, { ...detail, from: change.from, to: change.to });
        return 'done';
      });
    },

    /**
     * A new revision: new snapshots and plan, approvals cleared (they were given to the old plan), and every
     * thread re-judged against the new plan's statement at its anchor.
     */
    async push(
      id: string,
      from: ProposalStatus,
      actor: string,
      snapshot: ProposalSnapshot,
    ): Promise<WriteOutcome> {
      return db.transaction(async (tx) => {
        if (!(await guardedStatus(tx, id, from, 'open'))) return whyNot(tx, id, from);
        const [row] = await tx.query(
          `UPDATE proposals
              SET revision = revision + 1, baseline = $2::jsonb, design = $3::jsonb, hints = $4::jsonb,
                  plan = $5::jsonb, verification = $6::jsonb
            WHERE id = $1 RETURNING revision`,
          [
            id,
            json(snapshot.baseline),
            json(snapshot.design),
            json(snapshot.hints),
            json(snapshot.plan),
            snapshot.verification === null ? null : json(snapshot.verification),
          ],
        );
        await tx.query('DELETE FROM proposal_approvals WHERE proposal_id = $1', [id]);
        const outdated = await markOutdated(tx, id, snapshot);
        await logActivity(tx, id, actor, 'push', {
          from,
          to: 'open',
          revision: Number(row?.revision),
          outdated,
        });
        return 'done';
      });
    },
  };
}

/** Re-judges every thread of the proposal against the new plan; returns how many are outdated now. */
async function markOutdated(tx: Tx, proposalId: string, snapshot: ProposalSnapshot): Promise<number> {
  const rows = await tx.query(
    'SELECT id, direction, statement_index, statement_sql, revision, resolved, outdated, created_at FROM proposal_threads WHERE proposal_id = $1',
    [proposalId],
  );
  let count = 0;
  for (const row of rows) {
    const thread = toThread(row, []);
    const outdated = isOutdated(thread, snapshot.plan);
    if (outdated) count++;
    if (outdated !== thread.outdated) {
      await tx.query('UPDATE proposal_threads SET outdated = $2 WHERE id = $1', [thread.id, outdated]);
    }
  }
  return count;
}

export type ProposalStore = ReturnType<typeof proposalStore>;
