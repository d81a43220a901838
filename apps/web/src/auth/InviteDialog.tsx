import { useState } from 'react';
import { Dialog } from '../ui/Dialog.tsx';
import { authApi } from './auth-api.ts';
import { field, useSubmit } from './usePasswordForm.ts';

/** Admins: make a single-use invitation link for an email; the link is shown once, to be passed on. */
export function InviteDialog({ onClose }: { readonly onClose: () => void }) {
  const [link, setLink] = useState<string>();
  const { busy, error, onSubmit } = useSubmit(async (form) => {
    const invited = await authApi.invite(field(form, 'email'));
    setLink(new URL(invited.path, window.location.origin).href);
  });
  return (
    <Dialog title="Invite someone" onClose={onClose}>
      <form aria-label="Invite someone" onSubmit={onSubmit}>
        <label>
          Email
          <input name="email" type="email" required />
        </label>
        <button type="submit" className="primary" disabled={busy}>
          Create invitation link
        </button>
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {link && (
        <label>
          Invitation link (works once, for 7 days)
          <input readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </Dialog>
  );
}
