import type { Severity } from '@schema-studio/lint';
import { useMemo, useState } from 'react';
import { useProject } from '../store/ProjectStoreContext.tsx';
import { selectActions, selectConnectionId } from '../store/selectors.ts';
import { useAdvisor } from './AdvisorContext.tsx';
import { type AdvisorFinding, countBySeverity, SEVERITIES, tableKeyOf } from './advice.ts';

const LABEL: Readonly<Record<Severity, string>> = { error: 'Errors', warning: 'Warnings', info: 'Info' };
const ONE: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'info' };

const selectFindings = (s: { findings: readonly AdvisorFinding[] }) => s.findings;

function LiveStatus() {
  const connectionId = useProject(selectConnectionId);
  const status = useAdvisor((s) => s.statsStatus);
  const error = useAdvisor((s) => s.statsError);
  const reload = useAdvisor((s) => s.reload);
  if (connectionId === null)
    return <p className="muted advisor-live">No live database: findings come from the design alone.</p>;
  return (
    <p className="muted advisor-live">
      {status === 'loading' && <span role="status">Reading live statistics…</span>}
      {status === 'ready' && <span>With live statistics.</span>}
      {status === 'error' && <span role="alert">Live statistics unavailable: {error}</span>}{' '}
      <button type="button" onClick={reload} disabled={status === 'loading'}>
        Refresh statistics
      </button>
    </p>
  );
}

function FindingItem({
  finding,
  current,
  onPick,
}: {
  finding: AdvisorFinding;
  current: boolean;
  onPick: (f: AdvisorFinding) => void;
}) {
  const actions = useProject(selectActions);
  const fix = finding.fix;
  return (
    <li className={`finding sev-${finding.severity}${current ? ' current' : ''}`}>
      <button
        type="button"
        className="finding-target"
        aria-current={current ? 'true' : undefined}
        onClick={() => onPick(finding)}
      >
        <span className={`sev-tag sev-${finding.severity}`}>{ONE[finding.severity]}</span>
        {finding.live && <span className="live-tag">live</span>}
        <span className="finding-message">{finding.message}</span>
      </button>
      <p className="finding-why">{finding.why}</p>
      <div className="finding-foot">
        <code className="muted">{finding.rule}</code>
        {fix && fix.length > 0 && (
          <button
            type="button"
            aria-label={`Apply fix: ${finding.message}`}
            onClick={() => actions.dispatch(fix)}
          >
            Apply fix
          </button>
        )}
      </div>
    </li>
  );
}

/** The advisor's findings on the design, worst first, filtered by severity; each one focuses its table. */
export function AdvisorPanel() {
  const findings = useAdvisor(selectFindings);
  const actions = useProject(selectActions);
  const [shown, setShown] = useState<ReadonlySet<Severity>>(() => new Set(SEVERITIES));
  const [current, setCurrent] = useState<string | null>(null);
  const counts = useMemo(() => countBySeverity(findings), [findings]);
  const visible = useMemo(() => findings.filter((f) => shown.has(f.severity)), [findings, shown]);
  const toggle = (severity: Severity) =>
    setShown((old) => {
      const next = new Set(old);
      if (!next.delete(severity)) next.add(severity);
      return next;
    });
  const pick = (f: AdvisorFinding) => {
    setCurrent(f.id);
    const key = tableKeyOf(f);
    if (key !== undefined) actions.focusTable(key);
  };
  return (
    <section className="advisor-panel" aria-label="Advisor">
      <div className="panel-head">
        <h2>Advisor</h2>
        <fieldset className="severity-filters">
          <legend className="visually-hidden">Show severities</legend>
          {SEVERITIES.map((severity) => (
            <label key={severity} className={`sev-filter sev-${severity}`}>
              <input type="checkbox" checked={shown.has(severity)} onChange={() => toggle(severity)} />
              {LABEL[severity]} ({counts[severity]})
            </label>
          ))}
        </fieldset>
      </div>
      <LiveStatus />
      {visible.length === 0 ? (
        <p className="muted advisor-empty">
          {findings.length === 0
            ? 'No findings: the advisor has nothing to say.'
            : 'No findings at these severities.'}
        </p>
      ) : (
        <ul className="finding-list" aria-label="Findings">
          {visible.map((f) => (
            <FindingItem key={f.id} finding={f} current={f.id === current} onPick={pick} />
          ))}
        </ul>
      )}
    </section>
  );
}
