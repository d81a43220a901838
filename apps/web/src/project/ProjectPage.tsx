import { navigate } from '../lib/useRoute.ts';
import { ProjectWorkspace } from './ProjectWorkspace.tsx';
import { useLoadProject } from './useLoadProject.ts';

/** `/projects/:id`. */
export function ProjectPage({ id }: { id: string }) {
  const state = useLoadProject(id);
  if (state.status === 'loading') {
    return (
      <p role="status" className="page-message">
        Loading project…
      </p>
    );
  }
  if (state.status === 'error') {
    return (
      <div className="page-message">
        <p role="alert" className="error">
          {state.message}
        </p>
        <button type="button" onClick={() => navigate('/')}>
          Back to projects
        </button>
      </div>
    );
  }
  return <ProjectWorkspace key={id} store={state.store} />;
}
