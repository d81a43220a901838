import type { Thread } from '@schema-studio/api/contract';
import { useState } from 'react';
import { api, describeError } from '../lib/api.ts';
import { CommentForm } from './CommentForm.tsx';

interface ThreadViewProps {
  readonly proposalId: string;
  readonly thread: Thread;
  readonly canComment: boolean;
  readonly onChanged: () => void;
}

/** One thread: its comments, a reply box, resolve/reopen; outdated ones show the statement they were about. */
export function ThreadView({ proposalId, thread, canComment, onChanged }: ThreadViewProps) {
  const [error, setError] = useState<string>();
  const where = `${thread.direction} statement ${thread.index + 1}`;
  const first = thread.comments[0];
  const name = `Thread on ${where}${first ? ` by ${first.author}` : ''}`;
  const setResolved = (resolved: boolean) =>
    api
      .setThreadResolved(proposalId, thread.id, resolved)
      .then(onChanged, (e: unknown) => setError(describeError(e)));
  return (
    <article className={`thread${thread.resolved ? ' resolved' : ''}`} aria-label={name}>
      <p className="thread-state">
        {thread.resolved ? 'Resolved' : 'Open'}
        {thread.outdated && <span className="badge outdated">Outdated</span>}
        <span className="muted"> · revision {thread.revision}</span>
      </p>
      {thread.outdated && <pre className="muted">{thread.statementSql};</pre>}
      <ol className="comments" aria-label="Comments">
        {thread.comments.map((c) => (
          <li key={c.id}>
            <strong>{c.author}</strong>{' '}
            <time className="muted" dateTime={c.createdAt}>
              {new Date(c.createdAt).toLocaleString()}
            </time>
            <p className="comment-body">{c.body}</p>
          </li>
        ))}
      </ol>
      {canComment && (
        <>
          {!thread.resolved && (
            <CommentForm
              label={`Reply to thread on ${where}`}
              submitLabel="Reply"
              onSubmit={async (body) => {
                await api.reply(proposalId, thread.id, body);
                onChanged();
              }}
            />
          )}
          <button type="button" onClick={() => void setResolved(!thread.resolved)}>
            {thread.resolved ? 'Reopen thread' : 'Resolve thread'}
          </button>
        </>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </article>
  );
}
