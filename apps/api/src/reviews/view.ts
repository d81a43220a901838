import type { Static } from '@sinclair/typebox';
import type { Execution, Proposal } from './contract.ts';
import { executionPlan } from './execution.ts';
import type { ProposalRecord } from './records.ts';
import { postgresSettings } from './run-plan.ts';
import type { ReviewStore } from './store.ts';
import { ACTIONS, nextStatus } from './transitions.ts';

/** MySQL's session for an apply (see run-plan.ts), shown the way PostgreSQL's settings are. */
const MYSQL_SETTINGS = [
  "SET SESSION sql_mode = REPLACE(@@sql_mode, 'NO_BACKSLASH_ESCAPES', '')",
  'SET SESSION lock_wait_timeout = 5',
];

/** How the proposal's `up` will run on its database, said before anything runs. */
export function execution(proposal: ProposalRecord): Static<typeof Execution> {
  const groups = executionPlan(proposal.dialect, proposal.plan.up);
  return {
    settings: proposal.dialect === 'mysql' ? MYSQL_SETTINGS : postgresSettings(),
    groups: groups.map((g) => ({ ...g, statements: [...g.statements] })),
    outsideTransaction: groups.filter((g) => !g.transaction).flatMap((g) => g.statements),
  };
}

/** A proposal as the API shows it: the record, what it allows next, and its discussion and history. */
export async function proposalView(
  reviews: ReviewStore,
  proposal: ProposalRecord,
): Promise<Static<typeof Proposal>> {
  const [approvals, threads, activity, applies] = await Promise.all([
    reviews.proposals.approvals(proposal.id),
    reviews.threads.list(proposal.id),
    reviews.proposals.activity(proposal.id),
    reviews.applies.list(proposal.id),
  ]);
  return {
    ...proposal,
    verification: proposal.verification as unknown as Record<string, unknown> | null,
    plan: proposal.plan as Static<typeof Proposal>['plan'],
    hints: proposal.hints,
    execution: execution(proposal),
    actions: ACTIONS.filter((a) => nextStatus(proposal.status, a) !== undefined),
    approvals,
    threads: threads as Static<typeof Proposal>['threads'],
    activity: activity as Static<typeof Proposal>['activity'],
    applies: applies as Static<typeof Proposal>['applies'],
  };
}
