import { type RefObject, useEffect, useRef } from 'react';

/** Where the preview was asked to go; `seq` grows with each request, so the same anchor can be revisited. */
export interface DocTarget {
  readonly path: string;
  readonly anchor?: string;
  readonly seq: number;
}

/**
 * Scrolls the content to the target's anchor (or to the top), and moves focus there for keyboard and screen
 * reader users. It runs again when the diagrams are drawn, since they change the height above the anchor.
 */
export function useScrollToAnchor(
  container: RefObject<HTMLElement | null>,
  target: DocTarget,
  diagramsDrawn: boolean,
): void {
  const handled = useRef<DocTarget | null>(null);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    void diagramsDrawn;
    const fresh = handled.current !== target;
    handled.current = target;
    if (target.anchor === undefined) {
      // Only on a new request: drawing diagrams must not undo the reader's own scrolling.
      if (fresh) element.scrollTop = 0;
      return;
    }
    const found = element.querySelector<HTMLElement>(`[id="${CSS.escape(target.anchor)}"]`);
    const heading = found?.closest<HTMLElement>('h1, h2, h3, h4, h5, h6') ?? found;
    if (!heading) return;
    heading.scrollIntoView({ block: 'start' });
    if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
  }, [container, target, diagramsDrawn]);
}
