import { useState } from 'react';
import { api, describeError } from '../lib/api.ts';
import { useProject, useProjectStoreApi } from '../store/ProjectStoreContext.tsx';
import { selectConnectionId, selectSaveStatus } from '../store/selectors.ts';

/**
 * Reads the project's live database again and makes it the baseline: the migration is then from what the
 * database has now. Only once everything is saved, since the server bumps the project's version.
 */
export function RefreshBaselineButton() {
  const store = useProjectStoreApi();
  const connectionId = useProject(selectConnectionId);
  const saveStatus = useProject(selectSaveStatus);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!connectionId) return null;
  const refresh = async () => {
    setBusy(true);
    setError(null);
    try {
      const project = await api.refreshBaseline(store.getState().id);
      store.getState().actions.baselineRefreshed(project.baseline, project.version);
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
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
      {error && (
        <span role="alert" className="error">
          {error}
        </span>
      )}
    </>
  );
}
