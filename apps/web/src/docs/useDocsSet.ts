import type { DocFile, DocsRequest } from '@schema-studio/api/contract';
import { useEffect, useState } from 'react';
import { api, describeError } from '../lib/api.ts';
import { useProject } from '../store/ProjectStoreContext.tsx';
import type { ProjectState } from '../store/project-store.ts';
import { selectSaveStatus } from '../store/selectors.ts';

export type DocsSetState =
  | { readonly status: 'waiting' }
  | { readonly status: 'loading' }
  | {
      readonly status: 'ready';
      readonly request: DocsRequest;
      readonly files: readonly DocFile[];
      /** A newer set is being fetched; these files stay on screen until it arrives. */
      readonly updating: boolean;
    }
  | { readonly status: 'failed'; readonly message: string };

const selectId = (s: ProjectState) => s.id;
const selectVersion = (s: ProjectState) => s.version;

/**
 * The documentation set the server renders from the saved project. It waits for pending edits to be saved
 * (the server documents what is stored), and fetches again after each save or change of options, keeping the
 * last set on screen meanwhile. `request` must keep its identity while the options are unchanged.
 */
export function useDocsSet(request: DocsRequest): DocsSetState {
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
    setState((s) => (s.status === 'ready' ? { ...s, updating: true } : { status: 'loading' }));
    api.docs(id, request, controller.signal).then(
      ({ files }) => setState({ status: 'ready', request, files, updating: false }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'failed', message: describeError(error) });
      },
    );
    return () => controller.abort();
  }, [id, request, version, pending]);
  return state;
}
