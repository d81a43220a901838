import { type RefObject, useEffect, useRef } from 'react';
import { type DocLink, resolveDocLink } from './doc-links.ts';

/**
 * Follows links inside the preview: relative `.md` and `#` links switch file and anchor instead of leaving the
 * page, other sites open in a new tab. Enter on a link is a click too, so this covers the keyboard.
 */
export function useDocLinks(
  container: RefObject<HTMLElement | null>,
  from: string,
  paths: ReadonlySet<string>,
  onFollow: (link: Extract<DocLink, { kind: 'file' }>) => void,
): void {
  const follow = useRef(onFollow);
  follow.current = onFollow;
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const onClick = (event: MouseEvent) => {
      const anchor = (event.target as Element | null)?.closest?.('a[href]');
      if (!anchor || !element.contains(anchor) || event.defaultPrevented) return;
      event.preventDefault();
      const link = resolveDocLink(from, anchor.getAttribute('href') ?? '', paths);
      if (link.kind === 'file') follow.current(link);
      else if (link.kind === 'external') window.open(link.href, '_blank', 'noopener,noreferrer');
    };
    element.addEventListener('click', onClick);
    return () => element.removeEventListener('click', onClick);
  }, [container, from, paths]);
}
