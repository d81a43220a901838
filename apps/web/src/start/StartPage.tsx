import { useState } from 'react';
import { AccountMenu } from '../auth/AccountMenu.tsx';
import { navigate } from '../lib/useRoute.ts';
import { ThemeToggle } from '../ui/ThemeToggle.tsx';
import { NewProjectDialog } from './NewProjectDialog.tsx';
import { ProjectList } from './ProjectList.tsx';
import { useProjects } from './useProjects.ts';

/** `/`: the projects, and the way to start a new one. */
export function StartPage() {
  const { projects, error, rename, remove } = useProjects();
  const [creating, setCreating] = useState(false);
  return (
    <div className="start-page">
      <header className="start-header">
        <h1>Schema Studio</h1>
        <AccountMenu />
        <ThemeToggle />
      </header>
      <main>
        <section aria-label="Projects" className="start-projects">
          <div className="section-head">
            <h2>Projects</h2>
            <button type="button" className="primary" onClick={() => setCreating(true)}>
              New project
            </button>
          </div>
          {error && (
            <p role="alert" className="error">
              {error}
            </p>
          )}
          {projects === null ? (
            <p role="status">Loading projects…</p>
          ) : (
            <ProjectList projects={projects} onRename={rename} onDelete={remove} />
          )}
        </section>
      </main>
      {creating && (
        <NewProjectDialog
          onClose={() => setCreating(false)}
          onCreated={(p) => navigate(`/projects/${p.id}`)}
        />
      )}
    </div>
  );
}
