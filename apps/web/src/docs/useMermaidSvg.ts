import { useEffect, useState } from 'react';
import { useTheme } from '../ui/useTheme.ts';
import { renderMermaid } from './mermaid-render.ts';

export type DiagramState =
  | { readonly status: 'rendering' }
  | { readonly status: 'drawn'; readonly svg: string }
  | { readonly status: 'failed'; readonly message: string };

const selectTheme = (s: { theme: 'light' | 'dark' }) => s.theme;

/** Draws a Mermaid block in the app's theme; redraws when the source or the theme changes. */
export function useMermaidSvg(source: string): DiagramState {
  const theme = useTheme(selectTheme);
  const [state, setState] = useState<DiagramState>({ status: 'rendering' });
  useEffect(() => {
    let current = true;
    setState({ status: 'rendering' });
    renderMermaid(source, theme === 'dark' ? 'dark' : 'default').then(
      (svg) => current && setState({ status: 'drawn', svg }),
      (error: unknown) =>
        current &&
        setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [source, theme]);
  return state;
}
