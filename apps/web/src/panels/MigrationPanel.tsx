import { useDeferredValue, useMemo, useState } from 'react';
import { dialectTools } from '../lib/dialect.ts';
import { ReviewButtons } from '../review/ReviewButtons.tsx';
import { useProject } from '../store/ProjectStoreContext.tsx';
import {
  type DerivedMigration,
  deriveMigration,
  selectBaseline,
  selectDesign,
  selectHints,
  selectName,
} from '../store/selectors.ts';
import { type Direction, DirectionTabs } from '../ui/DirectionTabs.tsx';
import { DownloadMigration } from './DownloadMigration.tsx';
import { StatementList } from './StatementList.tsx';
import { useVerify } from './useVerify.ts';
import { VerifyResult } from './VerifyResult.tsx';

const PLANNING: DerivedMigration = { ok: false, error: 'planning…' };

/** Up and down SQL from the baseline to the design, always current, with hazards; verify, copy, download. */
export function MigrationPanel() {
  const baseline = useProject(selectBaseline);
  const design = useProject(selectDesign);
  const hints = useProject(selectHints);
  const name = useProject(selectName);
  // Planning a large schema takes a moment: keep typing and dragging responsive, plan when idle.
  const current = useMemo(() => ({ design, hints }), [design, hints]);
  // The first render shows the canvas without waiting for the plan; later ones plan when React is idle.
  const inputs = useDeferredValue<typeof current | null>(current, null);
  const migration = inputs ? deriveMigration(baseline, inputs.design, inputs.hints) : PLANNING;
  const [direction, setDirection] = useState<Direction>('up');
  const [copied, setCopied] = useState(false);
  const { state, verify } = useVerify();

  const statements = migration.ok ? migration.plan[direction] : [];
  const copy = async () => {
    if (!migration.ok) return;
    await navigator.clipboard.writeText(dialectTools(design.dialect).render(migration.plan.up));
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  };
  return (
    <section className="migration-panel" aria-label="Migration">
      <div className="panel-head">
        <h2>Migration</h2>
        <DirectionTabs
          label="Direction"
          direction={direction}
          onChange={setDirection}
          tabLabel={(d) => `${d === 'up' ? 'Up' : 'Down'} (${migration.ok ? migration.plan[d].length : 0})`}
        />
        <div className="tools">
          <button
            type="button"
            onClick={() => void verify()}
            disabled={state.status === 'running' || !migration.ok}
          >
            Verify
          </button>
          <button type="button" onClick={() => void copy()} disabled={!migration.ok}>
            Copy
          </button>
          <DownloadMigration
            plan={migration.ok ? migration.plan : null}
            name={name}
            dialect={design.dialect}
          />
          <ReviewButtons
            canRequest={migration.ok && (migration.plan.up.length > 0 || migration.plan.down.length > 0)}
          />
          {copied && <span role="status">Copied</span>}
        </div>
      </div>
      <VerifyResult state={state} current={state.status === 'done' && state.design === design} />
      {migration.ok ? (
        <div role="tabpanel" aria-label={direction === 'up' ? 'Up' : 'Down'} className="migration-body">
          <StatementList key={direction} label={`${direction} statements`} statements={statements} />
        </div>
      ) : migration === PLANNING ? (
        <p role="status" className="muted">
          Planning the migration…
        </p>
      ) : (
        <p role="alert" className="error">
          The migration cannot be planned: {migration.error}
        </p>
      )}
    </section>
  );
}
