import type { ProposalMove } from '../lib/api.ts';

/** A status move as the page offers it: the button's label, its route and the permission it needs. */
export interface MoveButton {
  readonly move: ProposalMove;
  readonly label: string;
}

/** The transition table's action, the route, the label, and the project permission (auth/permissions.ts). */
const MOVES: readonly { action: string; move: ProposalMove; label: string; needs: string }[] = [
  { action: 'approve', move: 'approve', label: 'Approve', needs: 'proposal.review' },
  { action: 'request_changes', move: 'request-changes', label: 'Request changes', needs: 'proposal.review' },
  { action: 'close', move: 'close', label: 'Close proposal', needs: 'proposal.create' },
  { action: 'reopen', move: 'reopen', label: 'Reopen proposal', needs: 'proposal.create' },
];

/**
 * The moves to offer: those the proposal's status allows (`proposal.actions`, the transition table's row)
 * that the person's role allows too (`access.actions`). The server checks both again; this only keeps the
 * page from offering what would be refused.
 */
export function offeredMoves(
  allowedByStatus: readonly string[],
  allowedByRole: readonly string[],
): MoveButton[] {
  return MOVES.filter((m) => allowedByStatus.includes(m.action) && allowedByRole.includes(m.needs)).map(
    ({ move, label }) => ({ move, label }),
  );
}

/** Apply is offered to owners and editors on an approved proposal. */
export const canApply = (allowedByStatus: readonly string[], allowedByRole: readonly string[]) =>
  allowedByStatus.includes('apply') && allowedByRole.includes('proposal.apply');

export const STATUS_LABELS: Readonly<Record<string, string>> = {
  open: 'Open',
  changes_requested: 'Changes requested',
  approved: 'Approved',
  applied: 'Applied',
  closed: 'Closed',
};

export const statusLabel = (status: string) => STATUS_LABELS[status] ?? status;
