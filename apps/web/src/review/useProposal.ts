import type { Proposal } from '@schema-studio/api/contract';
import { useCallback, useEffect, useState } from 'react';
import { api, describeError } from '../lib/api.ts';

export type ProposalState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly message: string }
  | { readonly status: 'ready'; readonly proposal: Proposal };

/** Loads a proposal; every move answers the proposal as it now is, which `set` takes in. */
export function useProposal(id: string) {
  const [state, setState] = useState<ProposalState>({ status: 'loading' });
  const reload = useCallback(
    () =>
      api.getProposal(id).then(
        (proposal) => setState({ status: 'ready', proposal }),
        (error: unknown) => setState({ status: 'error', message: describeError(error) }),
      ),
    [id],
  );
  useEffect(() => {
    setState({ status: 'loading' });
    void reload();
  }, [reload]);
  const set = useCallback((proposal: Proposal) => setState({ status: 'ready', proposal }), []);
  return { state, reload, set };
}
