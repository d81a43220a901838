import type { DocFile } from '@schema-studio/api/contract';
import DOMPurify from 'dompurify';
import { useMemo, useRef } from 'react';
import type { DocLink } from './doc-links.ts';
import { docSegments } from './doc-segments.ts';
import { MermaidDiagram } from './MermaidDiagram.tsx';
import { useDiagramProgress } from './useDiagramProgress.ts';
import { useDocLinks } from './useDocLinks.ts';
import { type DocTarget, useScrollToAnchor } from './useScrollToAnchor.ts';

interface DocContentProps {
  readonly file: DocFile;
  readonly paths: ReadonlySet<string>;
  readonly target: DocTarget;
  readonly onFollow: (link: Extract<DocLink, { kind: 'file' }>) => void;
}

/** Comments in the model are user text: the HTML keeps formatting and `id`s, never scripts or handlers. */
const sanitize = (html: string) => DOMPurify.sanitize(html, { USE_PROFILES: { html: true } });

/** One file of the set: its markdown as HTML, its Mermaid blocks drawn, its links followed in place. */
export function DocContent({ file, paths, target, onFollow }: DocContentProps) {
  const ref = useRef<HTMLElement>(null);
  const segments = useMemo(() => docSegments(file.content, sanitize), [file.content]);
  const diagrams = segments.filter((s) => s.kind === 'mermaid').length;
  const progress = useDiagramProgress(diagrams);
  const drawn = progress.settled >= progress.total;
  useDocLinks(ref, file.path, paths, onFollow);
  useScrollToAnchor(ref, target, drawn);
  return (
    <article ref={ref} className="doc-content markdown-body" aria-label={file.path}>
      {!drawn && (
        <p role="status" className="progress docs-progress">
          <span className="spinner" aria-hidden="true" />
          Rendering diagrams… ({progress.settled} of {progress.total})
        </p>
      )}
      {segments.map((segment, index) =>
        segment.kind === 'mermaid' ? (
          <MermaidDiagram
            // biome-ignore lint/suspicious/noArrayIndexKey: segments are fixed for a file's content
            key={index}
            source={segment.source}
            label={diagramLabel(segments, index, diagrams)}
            onSettled={progress.settle(index)}
          />
        ) : (
          // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitized by DOMPurify above
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are fixed for a file's content
          <div key={index} dangerouslySetInnerHTML={{ __html: segment.html }} />
        ),
      )}
    </article>
  );
}

/** "Diagram", or "Diagram 2 of 3" when the file has several. */
function diagramLabel(segments: readonly { kind: string }[], index: number, total: number): string {
  if (total === 1) return 'Diagram';
  const position = segments.slice(0, index + 1).filter((s) => s.kind === 'mermaid').length;
  return `Diagram ${position} of ${total}`;
}
