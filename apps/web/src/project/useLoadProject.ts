import { useEffect, useState } from 'react';
import { api, describeError } from '../lib/api.ts';
import { createProjectStore, type ProjectStore } from '../store/project-store.ts';

export type LoadState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly message: string }
  | { readonly status: 'ready'; readonly store: ProjectStore };

/** Fetches a project and makes its store (one store per opened project). */
export function useLoadProject(id: string): LoadState {
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  useEffect(() => {
    let alive = true;
    setState({ status: 'loading' });
    api.getProject(id).then(
      (project) => alive && setState({ status: 'ready', store: createProjectStore(project) }),
      (error: unknown) => alive && setState({ status: 'error', message: describeError(error) }),
    );
    return () => {
      alive = false;
    };
  }, [id]);
  return state;
}
