import type { Dialect } from '@schema-studio/schema';
import { useState } from 'react';
import { describeError } from '../lib/api.ts';
import type { Project } from '../lib/types.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { createProject, type NewProjectKind } from './create-project.ts';

const KINDS: readonly { kind: NewProjectKind; label: string }[] = [
  { kind: 'demo', label: 'Demo project' },
  { kind: 'empty', label: 'Empty project' },
  { kind: 'sql', label: 'From SQL' },
  { kind: 'connection', label: 'From a database' },
];

/** SQL and empty projects say which database they are for; a live database says it through its URL. */
function DialectField({ dialect, setDialect }: { dialect: Dialect; setDialect: (d: Dialect) => void }) {
  return (
    <label className="field">
      Database
      <select value={dialect} onChange={(e) => setDialect(e.target.value === 'mysql' ? 'mysql' : 'postgres')}>
        <option value="postgres">PostgreSQL</option>
        <option value="mysql">MySQL / MariaDB</option>
      </select>
    </label>
  );
}

function SourceFields(props: {
  kind: NewProjectKind;
  sql: string;
  setSql: (sql: string) => void;
  url: string;
  setUrl: (url: string) => void;
}) {
  if (props.kind === 'connection') {
    return (
      <label className="field">
        Connection URL
        <input
          type="text"
          value={props.url}
          onChange={(e) => props.setUrl(e.target.value)}
          placeholder="postgres://user:password@host:5432/database or mysql://…"
          spellCheck={false}
          autoComplete="off"
        />
      </label>
    );
  }
  if (props.kind !== 'sql') return null;
  return (
    <>
      <label className="field">
        SQL
        <textarea
          rows={10}
          value={props.sql}
          onChange={(e) => props.setSql(e.target.value)}
          spellCheck={false}
        />
      </label>
      <label className="field">
        Upload a .sql file
        <input
          type="file"
          accept=".sql,text/plain"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (file) props.setSql(await file.text());
          }}
        />
      </label>
    </>
  );
}

/** "New project": demo, empty, from SQL (pasted or uploaded) or from a live database. */
export function NewProjectDialog({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (p: Project) => void;
}) {
  const [kind, setKind] = useState<NewProjectKind>('demo');
  const [name, setName] = useState('');
  const [sql, setSql] = useState('');
  const [url, setUrl] = useState('');
  const [dialect, setDialect] = useState<Dialect>('postgres');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    setError(null);
    setBusy('Starting…');
    try {
      onCreated(await createProject({ kind, name, sql, url, dialect }, setBusy));
    } catch (e) {
      setError(describeError(e));
      setBusy(null);
    }
  };

  return (
    <Dialog title="New project" onClose={onClose}>
      <form
        className="dialog-body"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <fieldset className="source-choice">
          <legend>Start from</legend>
          {KINDS.map((k) => (
            <button key={k.kind} type="button" aria-pressed={kind === k.kind} onClick={() => setKind(k.kind)}>
              {k.label}
            </button>
          ))}
        </fieldset>
        <label className="field">
          Project name
          <input type="text" value={name} onChange={(e) => setName(e.target.value)} placeholder="My schema" />
        </label>
        {(kind === 'sql' || kind === 'empty') && <DialectField dialect={dialect} setDialect={setDialect} />}
        <SourceFields kind={kind} sql={sql} setSql={setSql} url={url} setUrl={setUrl} />
        {busy && (
          <p role="status" className="progress">
            <span className="spinner" aria-hidden="true" /> {busy}
          </p>
        )}
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy !== null}>
            Create project
          </button>
        </div>
      </form>
    </Dialog>
  );
}
