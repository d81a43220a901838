/**
 * A proposal's life: which action moves it from which status to which. The table is the whole rule; routes
 * ask it before writing, and the store writes only if the status is still the one the table was asked about.
 */
export const STATUSES = ['open', 'changes_requested', 'approved', 'applied', 'closed'] as const;
export type ProposalStatus = (typeof STATUSES)[number];

export const ACTIONS = ['push', 'approve', 'request_changes', 'close', 'reopen', 'apply'] as const;
export type ProposalAction = (typeof ACTIONS)[number];

/**
 * Missing entries are refused. A push (new revision) always goes back to `open`, because approvals were given
 * to the old plan. Applied is final: the database has changed, so the proposal is history. A closed proposal
 * can be reopened (it was never applied).
 */
export const TRANSITIONS: Readonly<
  Record<ProposalStatus, Partial<Readonly<Record<ProposalAction, ProposalStatus>>>>
> = {
  open: { push: 'open', approve: 'approved', request_changes: 'changes_requested', close: 'closed' },
  changes_requested: {
    push: 'open',
    approve: 'approved',
    request_changes: 'changes_requested',
    close: 'closed',
  },
  approved: {
    push: 'open',
    // A second reviewer approving too is recorded; the status stays.
    approve: 'approved',
    request_changes: 'changes_requested',
    close: 'closed',
    apply: 'applied',
  },
  applied: {},
  closed: { reopen: 'open' },
};

/** The status after `action`, or undefined when the table does not allow it. */
export function nextStatus(status: ProposalStatus, action: ProposalAction): ProposalStatus | undefined {
  return TRANSITIONS[status][action];
}

export const isStatus = (value: unknown): value is ProposalStatus =>
  typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
