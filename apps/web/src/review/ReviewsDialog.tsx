import type { ProposalSummary } from '@schema-studio/api/contract';
import { useEffect, useState } from 'react';
import { api, describeError } from '../lib/api.ts';
import { navigate } from '../lib/useRoute.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { statusLabel } from './moves.ts';

/** The project's proposals, newest first, each a link to its review page. */
export function ReviewsDialog({ projectId, onClose }: { projectId: string; onClose: () => void }) {
  const [proposals, setProposals] = useState<ProposalSummary[]>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    api.listProposals(projectId).then(
      (r) => setProposals(r.proposals),
      (e: unknown) => setError(describeError(e)),
    );
  }, [projectId]);
  return (
    <Dialog title="Reviews" onClose={onClose}>
      <div className="dialog-body">
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        {!proposals && !error && <p role="status">Loading the proposals…</p>}
        {proposals?.length === 0 && (
          <p className="muted">No proposals yet: "Request review" in the migration panel.</p>
        )}
        {proposals && proposals.length > 0 && (
          <ul className="proposal-list" aria-label="Proposals">
            {proposals.map((p) => {
              const path = `/proposals/${encodeURIComponent(p.id)}`;
              return (
                <li key={p.id}>
                  <a
                    href={path}
                    onClick={(e) => {
                      e.preventDefault();
                      navigate(path);
                    }}
                  >
                    {p.title}
                  </a>{' '}
                  <span className={`status-badge status-${p.status}`}>{statusLabel(p.status)}</span>{' '}
                  <span className="muted">
                    by {p.author}, revision {p.revision}
                    {p.openThreads > 0 && `, ${p.openThreads} open thread${p.openThreads === 1 ? '' : 's'}`}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </Dialog>
  );
}
