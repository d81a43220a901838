import { useEffect } from 'react';
import { useMermaidSvg } from './useMermaidSvg.ts';
import { ZoomableDiagram } from './ZoomableDiagram.tsx';

interface MermaidDiagramProps {
  readonly source: string;
  /** Names the diagram among others in the same file ("Diagram 2"). */
  readonly label: string;
  /** Told whether the diagram is settled (drawn or failed), for the progress line. */
  readonly onSettled: (settled: boolean) => void;
}

/** One Mermaid block drawn as SVG; a failure shows Mermaid's message as an alert, with the source below it. */
export function MermaidDiagram({ source, label, onSettled }: MermaidDiagramProps) {
  const state = useMermaidSvg(source);
  const settled = state.status !== 'rendering';
  useEffect(() => onSettled(settled), [onSettled, settled]);
  if (state.status === 'drawn') {
    // Mermaid's own output in strict mode: labels are escaped and sanitized by Mermaid.
    return <ZoomableDiagram svg={state.svg} label={label} />;
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
