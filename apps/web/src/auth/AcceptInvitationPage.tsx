import { useEffect, useState } from 'react';
import { describeError } from '../lib/api.ts';
import { navigate } from '../lib/useRoute.ts';
import { authApi } from './auth-api.ts';
import { field, useSubmit } from './usePasswordForm.ts';

interface AcceptInvitationPageProps {
  readonly token: string;
  readonly onAccepted: () => Promise<void>;
}

/** `/invite/:token`: the invited person picks a name and a password; the account is then signed in. */
export function AcceptInvitationPage({ token, onAccepted }: AcceptInvitationPageProps) {
  const [email, setEmail] = useState<string>();
  const [invalid, setInvalid] = useState<string>();
  useEffect(() => {
    authApi.invitation(token).then(
      (i) => setEmail(i.email),
      (e: unknown) => setInvalid(describeError(e)),
    );
  }, [token]);
  const { busy, error, onSubmit } = useSubmit(async (form) => {
    await authApi.accept(token, field(form, 'name'), field(form, 'password'));
    await onAccepted();
    navigate('/');
  });
  return (
    <main className="auth-page">
      <h1>Schema Studio</h1>
      {invalid && (
        <p role="alert" className="error">
          {invalid}
        </p>
      )}
      {email && (
        <form aria-label="Accept invitation" onSubmit={onSubmit} className="auth-form">
          <h2>Join as {email}</h2>
          <label>
            Name
            <input name="name" autoComplete="name" required />
          </label>
          <label>
            Password
            <input name="password" type="password" autoComplete="new-password" minLength={8} required />
          </label>
          {error && (
            <p role="alert" className="error">
              {error}
            </p>
          )}
          <button type="submit" className="primary" disabled={busy}>
            Create account
          </button>
        </form>
      )}
    </main>
  );
}
