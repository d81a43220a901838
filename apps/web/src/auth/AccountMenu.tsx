import { useState } from 'react';
import { describeError } from '../lib/api.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { useAuth } from './AuthContext.tsx';
import { authApi } from './auth-api.ts';
import { InviteDialog } from './InviteDialog.tsx';
import { AccountForm } from './SignInPage.tsx';

/**
 * Who is signed in, sign-out, and for admins the invitation dialog. In local mode (loopback, no account yet),
 * "Set up accounts" creates the admin: from then on the studio asks everyone to sign in.
 */
export function AccountMenu() {
  const auth = useAuth();
  const [inviting, setInviting] = useState(false);
  const [settingUp, setSettingUp] = useState(false);
  const [error, setError] = useState<string>();
  const account = auth?.status.account;
  if (auth?.status.local && !account) {
    return (
      <div className="account-menu">
        <button type="button" onClick={() => setSettingUp(true)}>
          Set up accounts
        </button>
        {settingUp && (
          <Dialog title="Set up accounts" onClose={() => setSettingUp(false)}>
            <div className="dialog-body">
              <p>
                The first account is the admin. Once it exists, everyone signs in, and the admin invites the
                others.
              </p>
              <AccountForm setUp={false} onSignedIn={auth.refresh} />
            </div>
          </Dialog>
        )}
      </div>
    );
  }
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
