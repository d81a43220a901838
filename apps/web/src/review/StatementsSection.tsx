import type { Proposal, Thread } from '@schema-studio/api/contract';
import { useState } from 'react';
import { api } from '../lib/api.ts';
import { type Direction, DirectionTabs } from '../ui/DirectionTabs.tsx';
import { CommentForm } from './CommentForm.tsx';
import { ThreadView } from './ThreadView.tsx';

type Statement = Proposal['plan']['up'][number];

interface StatementsSectionProps {
  readonly proposal: Proposal;
  readonly canComment: boolean;
  /** A comment, reply or resolve changed the threads: read the proposal again. */
  readonly onChanged: () => void;
}

/** The plan statement by statement: hazards, how it runs, and the comment threads anchored to it. */
export function StatementsSection({ proposal, canComment, onChanged }: StatementsSectionProps) {
  const [direction, setDirection] = useState<Direction>('up');
  const statements = proposal.plan[direction];
  const current = proposal.threads.filter((t) => !t.outdated);
  const outdated = proposal.threads.filter((t) => t.outdated);
  return (
    <section aria-label="Statements" className="review-card">
      <div className="panel-head">
        <h2>Statements</h2>
        <DirectionTabs
          label="Direction"
          direction={direction}
          onChange={setDirection}
          tabLabel={(d) => `${d === 'up' ? 'Up' : 'Down'} (${proposal.plan[d].length})`}
        />
      </div>
      <div role="tabpanel" aria-label={direction === 'up' ? 'Up' : 'Down'}>
        {statements.length === 0 ? (
          <p className="muted">No statements.</p>
        ) : (
          <ol className="statements review-statements" aria-label={`${direction} statements`}>
            {statements.map((statement, index) => (
              <StatementItem
                // biome-ignore lint/suspicious/noArrayIndexKey: statements have no identity but their order
                key={`${direction}-${index}`}
                proposal={proposal}
                direction={direction}
                index={index}
                statement={statement}
                outside={direction === 'up' && proposal.execution.outsideTransaction.includes(index)}
                threads={current.filter((t) => t.direction === direction && t.index === index)}
                canComment={canComment}
                onChanged={onChanged}
              />
            ))}
          </ol>
        )}
      </div>
      {outdated.length > 0 && (
        <section aria-label="Outdated threads" className="outdated-threads">
          <h3>Outdated threads</h3>
          <p className="muted">Their statement reads differently in the current revision.</p>
          {outdated.map((t) => (
            <ThreadView
              key={t.id}
              proposalId={proposal.id}
              thread={t}
              canComment={canComment}
              onChanged={onChanged}
            />
          ))}
        </section>
      )}
    </section>
  );
}

interface StatementItemProps {
  readonly proposal: Proposal;
  readonly direction: Direction;
  readonly index: number;
  readonly statement: Statement;
  readonly outside: boolean;
  readonly threads: readonly Thread[];
  readonly canComment: boolean;
  readonly onChanged: () => void;
}

function StatementItem({
  proposal,
  direction,
  index,
  statement,
  outside,
  threads,
  canComment,
  onChanged,
}: StatementItemProps) {
  const [commenting, setCommenting] = useState(false);
  const name = `Statement ${index + 1}`;
  return (
    <li className="statement" aria-label={name}>
      <div className="statement-head">
        <span className="statement-number">{index + 1}</span>
        <ul className="badges" aria-label="Hazards">
          {statement.hazards.map((h) => (
            <li key={h.code} className={`badge hazard-${h.code.toLowerCase()}`} title={h.reason}>
              {h.code}
            </li>
          ))}
          {outside && (
            <li className="badge hazard-not_transactional" title="runs on its own, outside any transaction">
              OUTSIDE TRANSACTION
            </li>
          )}
        </ul>
        {canComment && !commenting && (
          <button
            type="button"
            onClick={() => setCommenting(true)}
            aria-label={`Comment on statement ${index + 1}`}
          >
            Comment
          </button>
        )}
      </div>
      <pre>{statement.sql};</pre>
      {statement.hazards.length > 0 && (
        <ul className="hazard-reasons">
          {statement.hazards.map((h) => (
            <li key={h.code}>
              <strong>{h.code}</strong>: {h.reason}
            </li>
          ))}
        </ul>
      )}
      {threads.map((t) => (
        <ThreadView
          key={t.id}
          proposalId={proposal.id}
          thread={t}
          canComment={canComment}
          onChanged={onChanged}
        />
      ))}
      {commenting && (
        <CommentForm
          label={`Comment on ${name.toLowerCase()}`}
          submitLabel="Post comment"
          onCancel={() => setCommenting(false)}
          onSubmit={async (body) => {
            await api.startThread(proposal.id, { direction, index, body });
            setCommenting(false);
            onChanged();
          }}
        />
      )}
    </li>
  );
}
