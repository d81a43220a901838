import { useState } from 'react';
import type { ProjectSummary } from '../lib/types.ts';
import { navigate } from '../lib/useRoute.ts';

function ProjectRow({
  project,
  onRename,
  onDelete,
}: {
  project: ProjectSummary;
  onRename: (name: string) => void;
  onDelete: () => void;
}) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(project.name);
  return (
    <li className="project-row" aria-label={`project ${project.name}`}>
      {editing ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            setEditing(false);
            if (name.trim() && name !== project.name) onRename(name.trim());
          }}
        >
          <input aria-label="Rename project to" value={name} onChange={(e) => setName(e.target.value)} />
          <button type="submit">Save name</button>
        </form>
      ) : (
        <a
          href={`/projects/${project.id}`}
          onClick={(e) => {
            e.preventDefault();
            navigate(`/projects/${project.id}`);
          }}
        >
          {project.name}
        </a>
      )}
      <span className="muted">
        {project.tableCount} tables · {new Date(project.updatedAt).toLocaleString()}
      </span>
      <button
        type="button"
        onClick={() => navigate(`/projects/${project.id}`)}
        aria-label={`Open ${project.name}`}
      >
        Open
      </button>
      <button type="button" onClick={() => setEditing(true)} aria-label={`Rename ${project.name}`}>
        Rename
      </button>
      <button
        type="button"
        className="danger"
        aria-label={`Delete ${project.name}`}
        onClick={() => {
          if (window.confirm(`Delete project "${project.name}"?`)) onDelete();
        }}
      >
        Delete
      </button>
    </li>
  );
}

export function ProjectList(props: {
  projects: readonly ProjectSummary[];
  onRename: (id: string, name: string) => void;
  onDelete: (id: string) => void;
}) {
  if (props.projects.length === 0) return <p className="muted">No projects yet.</p>;
  return (
    <ul className="project-list" aria-label="Projects">
      {props.projects.map((p) => (
        <ProjectRow
          key={p.id}
          project={p}
          onRename={(n) => props.onRename(p.id, n)}
          onDelete={() => props.onDelete(p.id)}
        />
      ))}
    </ul>
  );
}
