import type { Outcome } from '../connections/live.ts';
import type { Engine } from '../engine/engine.ts';
import { type Failure, failure } from '../errors.ts';
import type { ProjectRecord } from '../store/store.ts';
import { type Direction, statementAt } from './outdated.ts';
import type { WriteOutcome } from './proposal-store.ts';
import type { ProposalRecord, ProposalSnapshot } from './records.ts';
import type { ReviewStore } from './store.ts';
import { ACTIONS, nextStatus, type ProposalAction } from './transitions.ts';

const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });

/**
 * What the project says now, planned (and proven, when asked). A plan with no statement is refused: there
 * would be nothing to review or apply.
 */
export async function snapshotOf(
  engine: Engine,
  project: ProjectRecord,
  verify: boolean,
): Promise<Outcome<ProposalSnapshot>> {
  const { baseline, design, hints } = project;
  const plan = engine.plan(baseline, design, hints);
  if (plan.up.length === 0 && plan.down.length === 0) return failure('NOTHING_TO_REVIEW');
  let verification: ProposalSnapshot['verification'] = null;
  if (verify) {
    const report = await engine.verify(baseline, design, hints);
    if (!('ok' in report)) return report;
    verification = report.value;
  }
  return ok({ dialect: design.dialect, baseline, design, hints, plan, verification });
}

/** INVALID_TRANSITION with what the current status does allow, so a client can say why. */
export function refused(proposal: ProposalRecord, action: ProposalAction): Failure {
  if (action === 'apply') return failure('NOT_APPROVED', undefined, { status: proposal.status });
  return failure('INVALID_TRANSITION', `A proposal that is ${proposal.status} cannot take "${action}".`, {
    status: proposal.status,
    action,
    allowed: ACTIONS.filter((a) => nextStatus(proposal.status, a) !== undefined),
  });
}

/** A guarded write that lost a race: the status moved meanwhile, or an apply holds the proposal. */
export function lostRace(outcome: Exclude<WriteOutcome, 'done'>, action: ProposalAction): Failure {
  if (outcome === 'missing') return failure('PROPOSAL_NOT_FOUND');
  if (outcome === 'busy') return failure('APPLY_IN_PROGRESS');
  return failure(
    'INVALID_TRANSITION',
    `The proposal changed while "${action}" was being recorded: reload it.`,
  );
}

/** Approve, request changes, close or reopen: the table decides, the store writes only from that status. */
export async function review(
  reviews: ReviewStore,
  proposal: ProposalRecord,
  action: Exclude<ProposalAction, 'push' | 'apply'>,
  actor: string,
  detail: Readonly<Record<string, unknown>> = {},
): Promise<Outcome<void>> {
  const to = nextStatus(proposal.status, action);
  if (to === undefined) return refused(proposal, action);
  const written = await reviews.proposals.transition(
    proposal.id,
    { from: proposal.status, to, action },
    actor,
    { ...detail, revision: proposal.revision },
  );
  return written === 'done' ? ok(undefined) : lostRace(written, action);
}

/** A new revision from the project's current design: same proposal, threads kept, approvals reset. */
export async function push(
  reviews: ReviewStore,
  engine: Engine,
  proposal: ProposalRecord,
  project: ProjectRecord,
  actor: string,
  verify: boolean,
): Promise<Outcome<void>> {
  if (nextStatus(proposal.status, 'push') === undefined) return refused(proposal, 'push');
  const snapshot = await snapshotOf(engine, project, verify);
  if (!('ok' in snapshot)) return snapshot;
  const written = await reviews.proposals.push(proposal.id, proposal.status, actor, snapshot.value);
  return written === 'done' ? ok(undefined) : lostRace(written, 'push');
}

/** The statement a new thread is about, or INVALID_ANCHOR naming how many statements there are. */
export function anchorIn(
  proposal: ProposalRecord,
  direction: Direction,
  index: number,
): Outcome<{ direction: Direction; index: number; statementSql: string; revision: number }> {
  const statement = statementAt(proposal.plan, direction, index);
  if (!statement) {
    return failure(
      'INVALID_ANCHOR',
      `The ${direction} plan has ${proposal.plan[direction].length} statements; there is no statement ${index}.`,
    );
  }
  return ok({ direction, index, statementSql: statement.sql, revision: proposal.revision });
}
