import type { DocFile, DocsRequest } from '@schema-studio/api/contract';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { docsZipUrl } from '../lib/api.ts';
import { useProject } from '../store/ProjectStoreContext.tsx';
import type { ProjectState } from '../store/project-store.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { DocContent } from './DocContent.tsx';
import { DocFileNav } from './DocFileNav.tsx';
import { DocsOptionsForm } from './DocsOptionsForm.tsx';
import type { DocLink } from './doc-links.ts';
import { type DocsForm, docsRequest, EMPTY_DOCS_FORM } from './docs-options.ts';
import { useDocsSet } from './useDocsSet.ts';
import type { DocTarget } from './useScrollToAnchor.ts';

const FIRST = 'README.md';
const selectId = (s: ProjectState) => s.id;
const selectName = (s: ProjectState) => s.name;
/** Typing in the option fields asks for a new set after this pause, not on every key. */
const SETTLE_MS = 400;

function DocsView({ files, request }: { files: readonly DocFile[]; request: DocsRequest }) {
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
        <a className="button-link" href={docsZipUrl(id, request)} download>
          Download zip
        </a>
      </div>
      <DocContent key={file.path} file={file} paths={paths} target={target} onFollow={go} />
    </div>
  );
}

/**
 * The request for the form's options once they have settled: the same object while they are unchanged, so the
 * set is fetched once per change and not on every render.
 */
function useSettledRequest(form: DocsForm): DocsRequest {
  const key = JSON.stringify(docsRequest(form));
  const [settled, setSettled] = useState(key);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(key), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [key]);
  return useMemo(() => JSON.parse(settled) as DocsRequest, [settled]);
}

/** "Export docs": the documentation set previewed as it will read (diagrams drawn), and downloaded as a zip. */
export default function DocsPreviewDialog({ onClose }: { onClose: () => void }) {
  const name = useProject(selectName);
  const [form, setForm] = useState<DocsForm>(EMPTY_DOCS_FORM);
  const set = useDocsSet(useSettledRequest(form));
  const updating = set.status === 'loading' || (set.status === 'ready' && set.updating);
  return (
    <Dialog title="Export docs" onClose={onClose} className="docs-dialog">
      <div className="docs-toolbar">
        <DocsOptionsForm form={form} defaultTitle={name} onChange={setForm} />
        {set.status === 'waiting' && (
          <span role="status" className="muted">
            Waiting for the last changes to be saved…
          </span>
        )}
        {updating && (
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
      {set.status === 'ready' && <DocsView files={set.files} request={set.request} />}
    </Dialog>
  );
}
