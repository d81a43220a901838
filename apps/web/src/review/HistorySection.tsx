import type { Proposal } from '@schema-studio/api/contract';
import { ApplyProblemView } from './ApplyProblemView.tsx';
import { problemOf } from './apply-outcome.ts';

const when = (at: string) => <time dateTime={at}>{new Date(at).toLocaleString()}</time>;

/** Activity words as people read them; the API's own names otherwise. */
const ACTIVITY: Readonly<Record<string, string>> = {
  created: 'requested review',
  push: 'pushed a new revision',
  approve: 'approved',
  request_changes: 'requested changes',
  close: 'closed the proposal',
  reopen: 'reopened the proposal',
  apply: 'applied the migration',
  apply_failed: 'tried to apply the migration, which did not go through',
  comment: 'commented',
  reply: 'replied',
  resolve: 'resolved a thread',
  reopen_thread: 'reopened a thread',
};

/** The apply attempts (with what failed) and the activity log, newest last as they happened. */
export function HistorySection({ proposal }: { proposal: Proposal }) {
  return (
    <>
      <section aria-label="Apply attempts" className="review-card">
        <h2>Apply attempts</h2>
        {proposal.applies.length === 0 ? (
          <p className="muted">Not applied yet.</p>
        ) : (
          <ol className="history">
            {proposal.applies.map((a) => (
              <li key={a.id}>
                <strong>
                  {a.result === 'applied' ? 'Applied' : a.result === 'drift' ? 'Refused (drift)' : 'Failed'}
                </strong>{' '}
                by {a.actor} (revision {a.revision}), {when(a.finishedAt)}
                {a.failure && <ApplyProblemView problem={problemOf(a.failure, a.result)} />}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-label="Activity" className="review-card">
        <h2>Activity</h2>
        <ol className="history">
          {proposal.activity.map((a, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the log only grows; its order is its identity
            <li key={i}>
              <strong>{a.actor}</strong> {ACTIVITY[a.action] ?? a.action.replaceAll('_', ' ')}
              {typeof a.detail.comment === 'string' && a.detail.comment !== '' && <>: “{a.detail.comment}”</>}{' '}
              <span className="muted">{when(a.at)}</span>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
