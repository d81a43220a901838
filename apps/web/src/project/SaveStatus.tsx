import { useProject } from '../store/ProjectStoreContext.tsx';
import { selectSaveError, selectSaveStatus } from '../store/selectors.ts';

const TEXT = {
  saved: 'All changes saved',
  unsaved: 'Unsaved changes',
  saving: 'Saving…',
  error: 'Not saved',
  conflict: 'Not saved: the project changed elsewhere; reload to continue',
} as const;

export function SaveStatus() {
  const status = useProject(selectSaveStatus);
  const error = useProject(selectSaveError);
  return (
    <span role="status" className={`save-status ${status}`} title={error ?? undefined}>
      {TEXT[status]}
      {status === 'error' && error ? `: ${error}` : ''}
    </span>
  );
}
