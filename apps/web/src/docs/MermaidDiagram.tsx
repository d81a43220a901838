import { useEffect } from 'react';
import { useMermaidSvg } from './useMermaidSvg.ts';

interface MermaidDiagramProps {
  readonly source: string;
  /** Told whether the diagram is settled (drawn or failed), for the progress line. */
  readonly onSettled: (settled: boolean) => void;
}

/** One Mermaid block drawn as SVG; a failure shows Mermaid's message as an alert, with the source below it. */
export function MermaidDiagram({ source, onSettled }: MermaidDiagramProps) {
  const state = useMermaidSvg(source);
  const settled = state.status !== 'rendering';
  useEffect(() => onSettled(settled), [onSettled, settled]);
  if (state.status === 'drawn') {
    // Mermaid's own output in strict mode: labels are escaped and sanitized by Mermaid.
    // biome-ignore lint/security/noDangerouslySetInnerHtml: SVG from Mermaid with securityLevel 'strict'
    return <figure className="mermaid-diagram" dangerouslySetInnerHTML={{ __html: state.svg }} />;
  }
  if (state.status === 'failed') {
    return (
      <figure className="mermaid-diagram failed">
        <div role="alert" className="error">
          <p>This diagram could not be drawn:</p>
          {/* Mermaid's message points at the column with a caret line: keep its layout. */}
          <pre className="mermaid-error">{state.message}</pre>
        </div>
        <pre>
          <code>{source}</code>
        </pre>
      </figure>
    );
  }
  return <figure className="mermaid-diagram pending" aria-busy="true" />;
}
