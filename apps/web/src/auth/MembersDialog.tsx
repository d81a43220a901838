import { useEffect, useState } from 'react';
import { describeError } from '../lib/api.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { authApi, type Member, ROLES, type Role } from './auth-api.ts';
import { field, useSubmit } from './usePasswordForm.ts';

interface MembersDialogProps {
  readonly projectId: string;
  readonly onClose: () => void;
}

/** Owners: who is in the project, with which role; add by email or name, change roles, remove. */
export function MembersDialog({ projectId, onClose }: MembersDialogProps) {
  const [members, setMembers] = useState<readonly Member[]>([]);
  const [error, setError] = useState<string>();
  const apply = (work: Promise<{ members: Member[] }>) =>
    work.then(
      (r) => {
        setMembers(r.members);
        setError(undefined);
      },
      (e: unknown) => setError(describeError(e)),
    );
  useEffect(() => {
    authApi.members(projectId).then(
      (r) => setMembers(r.members),
      (e: unknown) => setError(describeError(e)),
    );
  }, [projectId]);
  const add = useSubmit((form) =>
    apply(authApi.addMember(projectId, field(form, 'account'), field(form, 'role') as Role)),
  );
  return (
    <Dialog title="Members" onClose={onClose}>
      <ul aria-label="Members" className="members">
        {members.map((m) => (
          <li key={m.accountId}>
            <span>
              {m.name} ({m.email})
            </span>
            <select
              aria-label={`Role of ${m.name}`}
              value={m.role}
              onChange={(e) => apply(authApi.setRole(projectId, m.accountId, e.target.value as Role))}
            >
              {ROLES.map((r) => (
                <option key={r}>{r}</option>
              ))}
            </select>
            <button type="button" onClick={() => apply(authApi.removeMember(projectId, m.accountId))}>
              Remove {m.name}
            </button>
          </li>
        ))}
      </ul>
      <form aria-label="Add member" onSubmit={add.onSubmit}>
        <label>
          Email or name
          <input name="account" required />
        </label>
        <label>
          Role
          <select name="role" aria-label="New member's role" defaultValue="viewer">
            {ROLES.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={add.busy}>
          Add member
        </button>
      </form>
      {(error ?? add.error) && (
        <p role="alert" className="error">
          {error ?? add.error}
        </p>
      )}
    </Dialog>
  );
}
