import { useState } from 'react';
import { api, describeError } from '../lib/api.ts';
import type { VerifyReport } from '../lib/types.ts';
import { useProjectStoreApi } from '../store/ProjectStoreContext.tsx';
import { selectHints } from '../store/selectors.ts';

export type VerifyState =
  | { readonly status: 'idle' }
  | { readonly status: 'running' }
  | { readonly status: 'done'; readonly report: VerifyReport; readonly design: unknown }
  | { readonly status: 'error'; readonly message: string };

/** Proves the current migration on the server's shadow database. */
export function useVerify() {
  const store = useProjectStoreApi();
  const [state, setState] = useState<VerifyState>({ status: 'idle' });
  const verify = async () => {
    const s = store.getState();
    setState({ status: 'running' });
    try {
      const report = await api.verify({ baseline: s.baseline, design: s.design, hints: selectHints(s) });
      setState({ status: 'done', report, design: s.design });
    } catch (error) {
      setState({ status: 'error', message: describeError(error) });
    }
  };
  return { state, verify };
}
