import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { describeError } from '../lib/api.ts';
import { useRoute } from '../lib/useRoute.ts';
import { AcceptInvitationPage } from './AcceptInvitationPage.tsx';
import { AuthContext } from './AuthContext.tsx';
import { type AuthStatus, authApi } from './auth-api.ts';
import { SignInPage } from './SignInPage.tsx';

/**
 * Asks the API who is signed in before showing the studio: the sign-in page when sign-in is required, the
 * invitation page on its link, the studio otherwise (always in local mode).
 */
export function AuthGate({ children }: { readonly children: ReactNode }) {
  const path = useRoute();
  const [status, setStatus] = useState<AuthStatus>();
  const [error, setError] = useState<string>();
  const refresh = useCallback(
    () =>
      authApi.status().then(setStatus, (e: unknown) => {
        setError(describeError(e));
      }),
    [],
  );
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const invitation = /^\/invite\/([^/]+)$/.exec(path)?.[1];
  if (invitation) return <AcceptInvitationPage token={invitation} onAccepted={refresh} />;
  if (error) return <p role="alert">{error}</p>;
  if (!status) return <p aria-busy="true">Loading…</p>;
  if (!status.local && !status.account) return <SignInPage setUp={status.setUp} onSignedIn={refresh} />;
  return <AuthContext.Provider value={{ status, refresh }}>{children}</AuthContext.Provider>;
}
