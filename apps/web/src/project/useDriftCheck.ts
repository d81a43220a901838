import type { ProjectDrift } from '@schema-studio/api/contract';
import { useEffect, useRef, useState } from 'react';
import { api } from '../lib/api.ts';
import { useProject } from '../store/ProjectStoreContext.tsx';
import type { ProjectState } from '../store/project-store.ts';
import { selectConnectionId } from '../store/selectors.ts';

const selectId = (s: ProjectState) => s.id;
const selectBaseline = (s: ProjectState) => s.baseline;

/**
 * Whether the project's live database has moved away from the baseline, asked once when the project opens (in
 * the background: it reads the whole schema) and forgotten when the baseline is refreshed. A failed check says
 * nothing: the database may simply be unreachable from here, which a refresh would report.
 */
export function useDriftCheck(): ProjectDrift | null {
  const id = useProject(selectId);
  const connectionId = useProject(selectConnectionId);
  const baseline = useProject(selectBaseline);
  const [drift, setDrift] = useState<{ baseline: unknown; answer: ProjectDrift } | null>(null);
  // Read inside the effect without making it a dependency: the check runs once per project, not per baseline.
  const current = useRef(baseline);
  current.current = baseline;
  useEffect(() => {
    if (!connectionId) return;
    const controller = new AbortController();
    const asked = current.current;
    api.drift(id, controller.signal).then(
      (answer) => setDrift({ baseline: asked, answer }),
      () => undefined,
    );
    return () => controller.abort();
  }, [id, connectionId]);
  // An answer about an older baseline no longer holds.
  return drift && drift.baseline === baseline && drift.answer.drifted ? drift.answer : null;
}
