import { useState } from 'react';
import { describeError } from '../lib/api.ts';
import { useAuth } from './AuthContext.tsx';
import { authApi } from './auth-api.ts';
import { InviteDialog } from './InviteDialog.tsx';

/** Who is signed in, sign-out, and for admins the invitation dialog; nothing in local mode. */
export function AccountMenu() {
  const auth = useAuth();
  const [inviting, setInviting] = useState(false);
  const [error, setError] = useState<string>();
  const account = auth?.status.account;
  if (!auth || !account) return null;
  const signOut = () =>
    authApi.signOut().then(
      () => auth.refresh(),
      (e: unknown) => setError(describeError(e)),
    );
  return (
    <div className="account-menu">
      <span className="account-name">{account.name}</span>
      {account.isAdmin && (
        <button type="button" onClick={() => setInviting(true)}>
          Invite
        </button>
      )}
      <button type="button" onClick={signOut}>
        Sign out
      </button>
      {error && (
        <span role="alert" className="error">
          {error}
        </span>
      )}
      {inviting && <InviteDialog onClose={() => setInviting(false)} />}
    </div>
  );
}
