import { introspectUrl, type Outcome, openUrl } from '../connections/live.ts';
import { failure } from '../errors.ts';
import type { Services } from '../services.ts';
import { refused } from './actions.ts';
import type { Attempt } from './apply-store.ts';
import { findDrift } from './drift.ts';
import { committedBefore, executionPlan } from './execution.ts';
import { migrationEntry } from './migration-log.ts';
import type { ProposalRecord } from './records.ts';
import { runPlan } from './run-plan.ts';

const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });

/** The live database's URL for the proposal's project, or why there is none. */
async function liveUrl(services: Services, projectId: string): Promise<Outcome<string>> {
  const project = await services.store.getProject(projectId);
  if (!project) return failure('PROJECT_NOT_FOUND');
  if (project.connectionId === null)
    return failure('NO_CONNECTION', 'The project has no connection to apply the migration to.');
  const connection = await services.store.getConnection(project.connectionId);
  if (!connection) return failure('CONNECTION_NOT_FOUND');
  return openUrl(services.box, connection);
}

/**
 * Applies an approved proposal's `up` to its project's live database. Every attempt that got as far as the
 * database is recorded, whatever its end:
 * 1. the live schema must still be the proposal's baseline (else DRIFT_DETECTED with the difference): the
 *    plan was reviewed and proven from that baseline only;
 * 2. the plan runs as `execution` said (PostgreSQL: transaction groups under lock and statement timeouts;
 *    MySQL: one statement at a time, each committing);
 * 3. a failing statement is APPLY_FAILED naming it and the database's error; on success the proposal is
 *    applied and its migration joins the project's migration log.
 */
export async function applyProposal(
  services: Services,
  proposal: ProposalRecord,
  actor: string,
): Promise<Outcome<{ statements: number }>> {
  if (proposal.status !== 'approved') return refused(proposal, 'apply');
  const url = await liveUrl(services, proposal.projectId);
  if (!('ok' in url)) return url;
  const { applies } = services.store.reviews;
  if (!(await applies.claim(proposal.id, proposal.revision))) {
    const now = await services.store.reviews.proposals.get(proposal.id);
    if (!now) return failure('PROPOSAL_NOT_FOUND');
    return now.status === 'approved' && now.revision === proposal.revision
      ? failure('APPLY_IN_PROGRESS')
      : refused(now, 'apply');
  }
  const attempt: Attempt = {
    proposalId: proposal.id,
    actor,
    revision: proposal.revision,
    startedAt: new Date().toISOString(),
  };
  try {
    return await claimed(services, proposal, url.value, attempt);
  } catch (error) {
    await applies.release(proposal.id);
    throw error;
  }
}

/** The apply itself, once this request holds the proposal's claim; every path below lets go of it. */
async function claimed(
  services: Services,
  proposal: ProposalRecord,
  url: string,
  attempt: Attempt,
): Promise<Outcome<{ statements: number }>> {
  const { applies, proposals } = services.store.reviews;
  const live = await introspectUrl(url);
  if (!('ok' in live)) {
    await applies.recordFailure(attempt, 'failed', { error: live.message ?? live.code });
    return live;
  }
  const drift = findDrift(services.engine, proposal.baseline, live.value);
  if (drift) {
    await applies.recordFailure(attempt, 'drift', { drift });
    return failure('DRIFT_DETECTED', undefined, { drift });
  }
  const run = await runPlan(url, proposal.plan.up);
  if (!('ok' in run)) {
    await applies.recordFailure(attempt, 'failed', { error: run.message ?? run.code });
    return run;
  }
  if (!run.value.ok) {
    const { error } = run.value;
    const committed = committedBefore(executionPlan(proposal.dialect, proposal.plan.up), error.index);
    const details = {
      statement: { direction: 'up', index: error.index, sql: error.sql },
      databaseError: { message: error.message, ...(error.sqlState ? { sqlState: error.sqlState } : {}) },
      committed,
    };
    await applies.recordFailure(attempt, 'failed', details);
    return failure(
      'APPLY_FAILED',
      `Statement ${error.index + 1} of the migration failed: ${error.message}`,
      details,
    );
  }
  const reviewers = (await proposals.approvals(proposal.id)).map((a) => a.reviewer);
  const entry = migrationEntry(proposal, reviewers, new Date());
  await applies.recordApplied(attempt, proposal.projectId, entry, {
    planned: proposal.baseline,
    applied: proposal.design,
  });
  return ok({ statements: proposal.plan.up.length });
}
