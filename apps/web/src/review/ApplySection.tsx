import type { Proposal } from '@schema-studio/api/contract';
import { useState } from 'react';
import { api } from '../lib/api.ts';
import { ApplyProblemView } from './ApplyProblemView.tsx';
import { type ApplyProblem, problemOfError } from './apply-outcome.ts';
import { canApply } from './moves.ts';

type ApplyState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running' }
  | { readonly kind: 'done'; readonly statements: number }
  | { readonly kind: 'problem'; readonly problem: ApplyProblem };

interface ApplySectionProps {
  readonly proposal: Proposal;
  readonly roleActions: readonly string[];
  readonly onChanged: (proposal: Proposal) => void;
  /** After a refused or failed apply: the attempt was recorded, so the history changed. */
  readonly onSettled: () => void;
}

/** How the migration will run (said before it runs), the Apply button, its progress and its result. */
export function ApplySection({ proposal, roleActions, onChanged, onSettled }: ApplySectionProps) {
  const [state, setState] = useState<ApplyState>({ kind: 'idle' });
  const allowed = canApply(proposal.actions, roleActions);
  const apply = async () => {
    setState({ kind: 'running' });
    try {
      const done = await api.applyProposal(proposal.id);
      setState({ kind: 'done', statements: done.applied.statements });
      onChanged(done.proposal);
    } catch (error) {
      setState({ kind: 'problem', problem: problemOfError(error) });
      onSettled();
    }
  };
  return (
    <section aria-label="Apply" className="review-card">
      <h2>Apply</h2>
      {proposal.status !== 'applied' && <ExecutionNote proposal={proposal} />}
      {allowed && (
        <button
          type="button"
          className="primary"
          disabled={state.kind === 'running'}
          aria-busy={state.kind === 'running'}
          onClick={() => void apply()}
        >
          Apply to database
        </button>
      )}
      {!allowed && proposal.status !== 'applied' && (
        <p className="muted">
          {proposal.status === 'approved'
            ? 'Owners and editors can apply this proposal.'
            : 'A proposal can be applied once it is approved.'}
        </p>
      )}
      <ApplyStateView state={state} />
    </section>
  );
}

function ApplyStateView({ state }: { state: ApplyState }) {
  if (state.kind === 'running') {
    return (
      <p role="status" className="progress">
        <span className="spinner" aria-hidden="true" /> Applying the migration to the database…
      </p>
    );
  }
  if (state.kind === 'done') {
    return (
      <p role="status" className="ok-note">
        Applied: {state.statements} statement{state.statements === 1 ? '' : 's'} ran on the database.
      </p>
    );
  }
  if (state.kind === 'problem') return <ApplyProblemView problem={state.problem} live />;
  return null;
}

/** Which statements share a transaction and which run alone: what a failure half-way would leave behind. */
function ExecutionNote({ proposal }: { proposal: Proposal }) {
  const { execution, plan } = proposal;
  const outside = execution.outsideTransaction;
  const numbers = outside.map((i) => i + 1).join(', ');
  return (
    <div className="execution-note">
      {outside.length === 0 ? (
        <p>
          {plan.up.length === 1
            ? 'The one statement runs inside a transaction'
            : `All ${plan.up.length} statements run inside ${execution.groups.length === 1 ? 'one transaction' : 'transactions'}`}
          : a failing statement rolls its transaction back.
        </p>
      ) : outside.length === plan.up.length ? (
        <p className="warn-note">
          Every statement runs outside a transaction (statements {numbers}): a failure leaves the statements
          before it applied.
        </p>
      ) : (
        <p className="warn-note">
          Statement{outside.length === 1 ? '' : 's'} {numbers} run{outside.length === 1 ? 's' : ''} outside a
          transaction: a failure there leaves the earlier transaction groups applied.
        </p>
      )}
      {execution.settings.length > 0 && (
        <details>
          <summary>Session settings ({execution.settings.length})</summary>
          <pre>{execution.settings.join(';\n')};</pre>
        </details>
      )}
    </div>
  );
}
