import type { Proposal } from '@schema-studio/api/contract';
import { useId, useState } from 'react';
import { api, describeError, type ProposalMove } from '../lib/api.ts';
import { offeredMoves } from './moves.ts';

interface ReviewMovesProps {
  readonly proposal: Proposal;
  readonly roleActions: readonly string[];
  readonly onChanged: (proposal: Proposal) => void;
}

/** Approve, request changes, close, reopen: only what the status and the person's role allow. */
export function ReviewMoves({ proposal, roleActions, onChanged }: ReviewMovesProps) {
  const moves = offeredMoves(proposal.actions, roleActions);
  const canPush = proposal.actions.includes('push') && roleActions.includes('proposal.create');
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState<ProposalMove | 'push'>();
  const [error, setError] = useState<string>();
  const commentId = useId();
  if (moves.length === 0 && !canPush) return null;
  const run = async (move: ProposalMove | 'push') => {
    setBusy(move);
    setError(undefined);
    try {
      const note = comment.trim() || undefined;
      // A push re-plans from the project's saved design: approvals are cleared, threads are kept.
      onChanged(
        await (move === 'push' ? api.pushRevision(proposal.id) : api.moveProposal(proposal.id, move, note)),
      );
      setComment('');
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <section aria-label="Review decision" className="review-card">
      <h2>Decision</h2>
      <label htmlFor={commentId} className="field">
        Note with your decision (optional)
      </label>
      <textarea id={commentId} rows={2} value={comment} onChange={(e) => setComment(e.target.value)} />
      <div className="tools">
        {moves.map((m) => (
          <button
            key={m.move}
            type="button"
            className={m.move === 'approve' ? 'primary' : undefined}
            disabled={busy !== undefined}
            aria-busy={busy === m.move}
            onClick={() => void run(m.move)}
          >
            {m.label}
          </button>
        ))}
        {canPush && (
          <button
            type="button"
            disabled={busy !== undefined}
            aria-busy={busy === 'push'}
            onClick={() => void run('push')}
          >
            Push the project's current design as a new revision
          </button>
        )}
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
