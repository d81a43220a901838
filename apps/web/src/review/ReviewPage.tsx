import type { Proposal } from '@schema-studio/api/contract';
import { lazy, Suspense } from 'react';
import { AccountMenu } from '../auth/AccountMenu.tsx';
import { navigate } from '../lib/useRoute.ts';
import { ThemeToggle } from '../ui/ThemeToggle.tsx';
import { ApplySection } from './ApplySection.tsx';
import { HistorySection } from './HistorySection.tsx';
import { statusLabel } from './moves.ts';
import { ReviewMoves } from './ReviewMoves.tsx';
import { StatementsSection } from './StatementsSection.tsx';
import { useProposal } from './useProposal.ts';
import { useRoleActions } from './useRoleActions.ts';

// React Flow and Monaco stay out of the first paint of the page: each loads with its section.
const ChangeCanvas = lazy(() => import('./ChangeCanvas.tsx'));
const SqlSection = lazy(() => import('./SqlSection.tsx'));

/** `/proposals/:id`: one proposal, shareable by its URL. */
export function ReviewPage({ id }: { id: string }) {
  const { state, reload, set } = useProposal(id);
  const roleActions = useRoleActions(state.status === 'ready' ? state.proposal.projectId : undefined);
  if (state.status === 'loading') {
    return (
      <p role="status" className="page-message">
        Loading the proposal…
      </p>
    );
  }
  if (state.status === 'error') {
    return (
      <div className="page-message">
        <p role="alert" className="error">
          {state.message}
        </p>
        <button type="button" onClick={() => navigate('/')}>
          Back to projects
        </button>
      </div>
    );
  }
  const { proposal } = state;
  return (
    <div className="review-page">
      <ReviewHeader proposal={proposal} />
      <main className="review-main">
        <section aria-label="Description" className="review-card">
          {proposal.description.trim() === '' ? (
            <p className="muted">No description.</p>
          ) : (
            <p className="review-description">{proposal.description}</p>
          )}
        </section>
        <ReviewMoves proposal={proposal} roleActions={roleActions} onChanged={set} />
        {/* A new revision is a new plan: the result of applying the old one no longer speaks for it. */}
        <ApplySection
          key={proposal.revision}
          proposal={proposal}
          roleActions={roleActions}
          onChanged={set}
          onSettled={reload}
        />
        <StatementsSection
          proposal={proposal}
          canComment={roleActions.includes('proposal.comment')}
          onChanged={reload}
        />
        <Suspense fallback={<p role="status">Loading the SQL viewer…</p>}>
          <SqlSection plan={proposal.plan} />
        </Suspense>
        <Suspense fallback={<p role="status">Loading the change canvas…</p>}>
          <ChangeCanvas proposal={proposal} />
        </Suspense>
        <HistorySection proposal={proposal} />
      </main>
    </div>
  );
}

function ReviewHeader({ proposal }: { proposal: Proposal }) {
  const projectPath = `/projects/${encodeURIComponent(proposal.projectId)}`;
  const go = (path: string) => (e: React.MouseEvent) => {
    e.preventDefault();
    navigate(path);
  };
  return (
    <header className="toolbar review-header">
      <nav aria-label="Breadcrumb" className="crumbs">
        <a href="/" onClick={go('/')}>
          Projects
        </a>
        <span aria-hidden="true"> / </span>
        <a href={projectPath} onClick={go(projectPath)}>
          Open the project
        </a>
        <span aria-hidden="true"> / </span>
        <h1 className="project-name">{proposal.title}</h1>
      </nav>
      <p className="review-meta">
        Status{' '}
        <span className={`status-badge status-${proposal.status}`}>{statusLabel(proposal.status)}</span> by{' '}
        <span className="author">{proposal.author}</span>, revision {proposal.revision},{' '}
        <time dateTime={proposal.createdAt}>{new Date(proposal.createdAt).toLocaleString()}</time>
      </p>
      <div className="tools">
        <ThemeToggle />
      </div>
      <AccountMenu />
    </header>
  );
}
