import { useCallback, useEffect, useState } from 'react';
import { api, describeError } from '../lib/api.ts';
import type { ProjectSummary } from '../lib/types.ts';

/** The projects list with reload, rename and delete. */
export function useProjects() {
  const [projects, setProjects] = useState<readonly ProjectSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    try {
      setProjects((await api.listProjects()).projects);
      setError(null);
    } catch (e) {
      setError(describeError(e));
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  const run = useCallback(
    async (action: () => Promise<unknown>) => {
      try {
        await action();
        await reload();
      } catch (e) {
        setError(describeError(e));
      }
    },
    [reload],
  );
  return {
    projects,
    error,
    rename: (id: string, name: string) => run(() => api.renameProject(id, name)),
    remove: (id: string) => run(() => api.deleteProject(id)),
  };
}
