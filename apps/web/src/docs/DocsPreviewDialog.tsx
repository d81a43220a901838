import type { DocFile, DocsOf } from '@schema-studio/api/contract';
import { useCallback, useMemo, useState } from 'react';
import { docsZipUrl } from '../lib/api.ts';
import { useProject } from '../store/ProjectStoreContext.tsx';
import type { ProjectState } from '../store/project-store.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { DocContent } from './DocContent.tsx';
import { DocFileNav } from './DocFileNav.tsx';
import type { DocLink } from './doc-links.ts';
import { useDocsSet } from './useDocsSet.ts';
import type { DocTarget } from './useScrollToAnchor.ts';

const FIRST = 'README.md';
const selectId = (s: ProjectState) => s.id;

function DocsView({ files, of }: { files: readonly DocFile[]; of: DocsOf }) {
  const id = useProject(selectId);
  const [target, setTarget] = useState<DocTarget>({ path: FIRST, seq: 0 });
  const paths = useMemo(() => new Set(files.map((f) => f.path)), [files]);
  const file = files.find((f) => f.path === target.path) ?? files.find((f) => f.path === FIRST) ?? files[0];
  const go = useCallback(
    (link: Extract<DocLink, { kind: 'file' }>) =>
      setTarget((t) => ({
        path: link.path,
        ...(link.anchor ? { anchor: link.anchor } : {}),
        seq: t.seq + 1,
      })),
    [],
  );
  if (!file) return <p className="dialog-body muted">The set is empty.</p>;
  return (
    <div className="docs-body">
      <div className="docs-side">
        <DocFileNav files={files} selected={file.path} onSelect={(path) => go({ kind: 'file', path })} />
        <a className="button-link" href={docsZipUrl(id, { of })} download>
          Download zip
        </a>
      </div>
      <DocContent key={file.path} file={file} paths={paths} target={target} onFollow={go} />
    </div>
  );
}

/** "Export docs": the documentation set previewed as it will read (diagrams drawn), and downloaded as a zip. */
export default function DocsPreviewDialog({ onClose }: { onClose: () => void }) {
  const [of, setOf] = useState<DocsOf>('design');
  const set = useDocsSet(of);
  return (
    <Dialog title="Export docs" onClose={onClose} className="docs-dialog">
      <div className="docs-options">
        <label>
          Document{' '}
          <select value={of} onChange={(e) => setOf(e.target.value === 'baseline' ? 'baseline' : 'design')}>
            <option value="design">the design</option>
            <option value="baseline">the baseline (database)</option>
          </select>
        </label>
        {set.status === 'waiting' && (
          <span role="status" className="muted">
            Waiting for the last changes to be saved…
          </span>
        )}
        {set.status === 'loading' && (
          <span role="status" className="progress">
            <span className="spinner" aria-hidden="true" /> Rendering the documentation…
          </span>
        )}
      </div>
      {set.status === 'failed' && (
        <p role="alert" className="dialog-body error">
          The documentation could not be rendered: {set.message}
        </p>
      )}
      {set.status === 'ready' && <DocsView files={set.files} of={set.of} />}
    </Dialog>
  );
}
