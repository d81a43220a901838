import type { Mermaid } from 'mermaid';

let loading: Promise<Mermaid> | undefined;
let counter = 0;

/** Mermaid is large: it is fetched the first time a diagram is drawn, as its own chunks. */
function loadMermaid(): Promise<Mermaid> {
  loading ??= import('mermaid').then(
    (module) => module.default,
    (error: unknown) => {
      loading = undefined; // a failed fetch may succeed on the next try
      throw error;
    },
  );
  return loading;
}

export type MermaidTheme = 'default' | 'dark';

/**
 * The SVG of one Mermaid block, or a rejection with Mermaid's message. `strict` keeps scripts and HTML out of
 * labels (they come from user comments); error diagrams are not drawn, the caller shows the message instead.
 * Mermaid queues its renders, so concurrent calls are safe.
 */
export async function renderMermaid(source: string, theme: MermaidTheme): Promise<string> {
  const mermaid = await loadMermaid();
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme, suppressErrorRendering: true });
  counter += 1;
  const { svg } = await mermaid.render(`docs-mermaid-${counter}`, source);
  return svg;
}
