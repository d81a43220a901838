import {
  type DatabaseMerge,
  mergeDatabaseChanges,
  modelsEqual,
  type SchemaModel,
  validateModel,
} from '@schema-studio/schema';
import { useEffect, useState } from 'react';
import { api, describeError } from '../lib/api.ts';
import { useProject, useProjectStoreApi } from '../store/ProjectStoreContext.tsx';
import { selectConnectionId, selectSaveStatus } from '../store/selectors.ts';
import { DatabaseChangesDialog } from './DatabaseChangesDialog.tsx';
import { useDriftCheck } from './useDriftCheck.ts';

/** How long a note on the last refresh stays in the toolbar. */
const NOTE_MS = 8000;

/** A refresh that found the database changed: the baseline before it, to merge from, and the merge. */
interface Offer {
  readonly previous: SchemaModel;
  readonly merge: DatabaseMerge;
  readonly problems: readonly string[];
}

/**
 * Reads the project's live database again and makes it the baseline: the migration is then from what the
 * database has now. Only once everything is saved, since the server bumps the project's version. When the
 * database changed, it offers to bring those changes into the design (one undo step), since a design left
 * as it was would migrate them away.
 */
export function RefreshBaselineButton() {
  const store = useProjectStoreApi();
  const connectionId = useProject(selectConnectionId);
  const saveStatus = useProject(selectSaveStatus);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [offer, setOffer] = useState<Offer | null>(null);
  const drift = useDriftCheck();
  useEffect(() => {
    if (!note) return;
    const timer = setTimeout(() => setNote(null), NOTE_MS);
    return () => clearTimeout(timer);
  }, [note]);
  if (!connectionId) return null;
  const refresh = async () => {
    setBusy(true);
    setError(null);
    setNote(null);
    try {
      const previous = store.getState().baseline;
      const project = await api.refreshBaseline(store.getState().id);
      store.getState().actions.baselineRefreshed(project.baseline, project.version);
      if (modelsEqual(previous, project.baseline)) {
        setNote('The database has not changed since it was last read.');
        return;
      }
      const merge = mergeDatabaseChanges(previous, project.baseline, store.getState().design);
      if (merge.brought.length === 0 && merge.conflicts.length === 0) {
        setNote("The database's changes are already in the design.");
        return;
      }
      const checked = validateModel(merge.design);
      setOffer({ previous, merge, problems: checked.ok ? [] : checked.error });
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };
  const bring = (previous: SchemaModel) => {
    // Merged again from the design as it is now, so nothing typed since the refresh is lost.
    const s = store.getState();
    s.actions.replaceDesign(mergeDatabaseChanges(previous, s.baseline, s.design).design);
    setOffer(null);
    setNote("The database's changes are in the design (undo takes them out again).");
  };
  return (
    <>
      <button
        type="button"
        onClick={() => void refresh()}
        disabled={busy || saveStatus !== 'saved'}
        aria-busy={busy}
        title="Read the live database again and migrate from what it has now"
      >
        Refresh from database
      </button>
      {drift && !note && (
        <span role="status" className="drift-note" title={drift.changes.slice(0, 12).join('\n')}>
          The database has changed since it was last read ({drift.changes.length}{' '}
          {drift.changes.length === 1 ? 'change' : 'changes'})
        </span>
      )}
      {note && (
        <span role="status" className="muted">
          {note}
        </span>
      )}
      {error && (
        <span role="alert" className="error">
          {error}
        </span>
      )}
      {offer && (
        <DatabaseChangesDialog
          merge={offer.merge}
          problems={offer.problems}
          onBring={() => bring(offer.previous)}
          onKeep={() => setOffer(null)}
        />
      )}
    </>
  );
}
