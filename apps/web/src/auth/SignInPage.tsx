import { authApi } from './auth-api.ts';
import { field, useSubmit } from './usePasswordForm.ts';

interface SignInPageProps {
  /** Whether the admin exists; before that this page creates it. */
  readonly setUp: boolean;
  readonly onSignedIn: () => Promise<void>;
}

/** Sign in, or create the first (admin) account: the form of the sign-in page and of the local-mode setup. */
export function AccountForm({ setUp, onSignedIn }: SignInPageProps) {
  const { busy, error, onSubmit } = useSubmit(async (form) => {
    if (setUp) await authApi.signIn(field(form, 'email'), field(form, 'password'));
    else await authApi.setup(field(form, 'email'), field(form, 'name'), field(form, 'password'));
    await onSignedIn();
  });
  const title = setUp ? 'Sign in' : 'Create the admin account';
  return (
    <form aria-label={title} onSubmit={onSubmit} className="auth-form">
      <h2>{title}</h2>
      <label>
        Email
        <input name="email" type="email" autoComplete="username" required />
      </label>
      {!setUp && (
        <label>
          Name
          <input name="name" autoComplete="name" required />
        </label>
      )}
      <label>
        Password
        <input
          name="password"
          type="password"
          autoComplete={setUp ? 'current-password' : 'new-password'}
          minLength={setUp ? undefined : 8}
          required
        />
      </label>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy}>
        {title}
      </button>
    </form>
  );
}

/** Shown when the API answers SIGN_IN_REQUIRED. */
export function SignInPage(props: SignInPageProps) {
  return (
    <main className="auth-page">
      <h1>Schema Studio</h1>
      <AccountForm {...props} />
    </main>
  );
}
