import type { DocFile, DocsOf } from '@schema-studio/api/contract';
import { useEffect, useState } from 'react';
import { api, describeError } from '../lib/api.ts';
import { useProject } from '../store/ProjectStoreContext.tsx';
import type { ProjectState } from '../store/project-store.ts';
import { selectSaveStatus } from '../store/selectors.ts';

export type DocsSetState =
  | { readonly status: 'waiting' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly of: DocsOf; readonly files: readonly DocFile[] }
  | { readonly status: 'failed'; readonly message: string };

const selectId = (s: ProjectState) => s.id;
const selectVersion = (s: ProjectState) => s.version;

/**
 * The documentation set the server renders from the saved project. It waits for pending edits to be saved
 * (the server documents what is stored), and fetches again after each save, keeping the last set meanwhile.
 */
export function useDocsSet(of: DocsOf): DocsSetState {
  const id = useProject(selectId);
  const version = useProject(selectVersion);
  const saveStatus = useProject(selectSaveStatus);
  const pending = saveStatus === 'unsaved' || saveStatus === 'saving';
  const [state, setState] = useState<DocsSetState>({ status: 'waiting' });
  useEffect(() => {
    // `version` changes with every save: each one is a reason to fetch the set again.
    void version;
    if (pending) return;
    const controller = new AbortController();
    setState((s) => (s.status === 'ready' && s.of === of ? s : { status: 'loading' }));
    api.docs(id, { of }, controller.signal).then(
      ({ files }) => setState({ status: 'ready', of, files }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'failed', message: describeError(error) });
      },
    );
    return () => controller.abort();
  }, [id, of, version, pending]);
  return state;
}
