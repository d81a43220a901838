import type { ApplyProblem } from './apply-outcome.ts';

/**
 * A failed or refused apply: the failing statement and the database's error, or how the database drifted from
 * the reviewed baseline. `live` for the answer just received (an alert), not for an attempt in the history.
 */
export function ApplyProblemView({ problem, live = false }: { problem: ApplyProblem; live?: boolean }) {
  const role = live ? 'alert' : undefined;
  if (problem.kind === 'failed') {
    return (
      <div role={role} className="apply-problem">
        <p className="error">
          Statement {problem.index + 1} failed: {problem.message}
          {problem.sqlState && ` (SQLSTATE ${problem.sqlState})`}
        </p>
        <figure aria-label={`Failing statement ${problem.index + 1}`}>
          <pre>{problem.sql};</pre>
        </figure>
        <p>
          {problem.committed === 0
            ? 'Nothing was changed: the database is as it was.'
            : `${problem.committed} earlier statement${problem.committed === 1 ? '' : 's'} stay applied.`}
        </p>
      </div>
    );
  }
  if (problem.kind === 'drift') {
    return (
      <div role={role} className="apply-problem">
        <p className="error">
          Not applied: the database is no longer the baseline this proposal was planned from.
        </p>
        {problem.changes.length > 0 && (
          <ul aria-label="How the database differs">
            {problem.changes.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        )}
        {problem.statements.length > 0 && (
          <figure aria-label="Statements from the baseline to the database">
            <pre>{problem.statements.join(';\n')};</pre>
          </figure>
        )}
        <p>Refresh the project's baseline, then push a new revision and have it reviewed again.</p>
      </div>
    );
  }
  return (
    <p role={role} className="error">
      Not applied: {problem.message}
    </p>
  );
}
