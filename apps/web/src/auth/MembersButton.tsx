import { useEffect, useState } from 'react';
import { useRoute } from '../lib/useRoute.ts';
import { useAuth } from './AuthContext.tsx';
import { authApi } from './auth-api.ts';
import { MembersDialog } from './MembersDialog.tsx';

/** "Members" for the project's owners when accounts exist (local mode has no one to add). */
export function MembersButton() {
  const auth = useAuth();
  const projectId = /^\/projects\/([^/]+)/.exec(useRoute())?.[1];
  const [canManage, setCanManage] = useState(false);
  const [open, setOpen] = useState(false);
  const signedIn = Boolean(auth?.status.account);
  useEffect(() => {
    if (!projectId || !signedIn) return;
    authApi.access(decodeURIComponent(projectId)).then(
      (a) => setCanManage(a.actions.includes('members.manage')),
      () => setCanManage(false),
    );
  }, [projectId, signedIn]);
  if (!projectId || !canManage) return null;
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Members
      </button>
      {open && <MembersDialog projectId={decodeURIComponent(projectId)} onClose={() => setOpen(false)} />}
    </>
  );
}
