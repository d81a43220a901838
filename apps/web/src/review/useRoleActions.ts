import { useEffect, useState } from 'react';
import { authApi } from '../auth/auth-api.ts';

/**
 * What the signed-in person's role allows in a project (`GET /api/projects/:id/access`; local mode is the
 * owner). Empty until known, and when it cannot be read: the page then offers nothing it would have to refuse.
 */
export function useRoleActions(projectId: string | undefined): readonly string[] {
  const [actions, setActions] = useState<readonly string[]>([]);
  useEffect(() => {
    if (!projectId) return;
    let live = true;
    authApi.access(projectId).then(
      (a) => live && setActions(a.actions),
      () => live && setActions([]),
    );
    return () => {
      live = false;
    };
  }, [projectId]);
  return actions;
}
