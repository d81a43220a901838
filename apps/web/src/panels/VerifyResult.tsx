import type { VerifyState } from './useVerify.ts';

/** Verification outcome: proven, or the failing step (setup, up or down) and why. */
export function VerifyResult({ state, current }: { state: VerifyState; current: boolean }) {
  if (state.status === 'idle') return null;
  if (state.status === 'running') {
    return (
      <p role="status" className="verify running">
        Verifying on a shadow database…
      </p>
    );
  }
  if (state.status === 'error') {
    return (
      <p role="alert" className="verify error">
        Verification failed to run: {state.message}
      </p>
    );
  }
  const { report } = state;
  const failed = report.steps.find((s) => !s.ok);
  return (
    <div role="status" className={`verify ${report.proven ? 'proven' : 'failed'}`}>
      <strong>{report.proven ? 'Proven' : 'Not proven'}</strong>
      {failed ? (
        <span>
          {' '}
          — failing step: <code>{failed.stage}</code>: {failed.detail}
        </span>
      ) : (
        <span> — {report.summary}</span>
      )}
      {!current && <span className="muted"> (the design changed since)</span>}
    </div>
  );
}
