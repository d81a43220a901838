/** Where a link in a document of the set leads, so the preview can follow it without leaving the page. */
export type DocLink =
  /** A file of the set (maybe the same one), and an anchor in it. */
  | { readonly kind: 'file'; readonly path: string; readonly anchor?: string }
  /** Another site: opened in a new tab. */
  | { readonly kind: 'external'; readonly href: string }
  /** A relative link to something the set does not hold (e.g. a migration log not written yet). */
  | { readonly kind: 'missing'; readonly path: string };

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** `href` as written in the file at `from` (a path of the set), resolved against the set's `paths`. */
export function resolveDocLink(from: string, href: string, paths: ReadonlySet<string>): DocLink {
  if (SCHEME.test(href) || href.startsWith('//')) return { kind: 'external', href };
  const hash = href.indexOf('#');
  const target = hash < 0 ? href : href.slice(0, hash);
  const anchor = hash < 0 ? '' : safeDecode(href.slice(hash + 1));
  const path = target === '' ? from : joinPath(from, safeDecode(target));
  if (!paths.has(path)) return { kind: 'missing', path };
  return anchor === '' ? { kind: 'file', path } : { kind: 'file', path, anchor };
}

/** The path `relative` names, seen from the folder of the file at `from`; `..` never climbs above the root. */
function joinPath(from: string, relative: string): string {
  const parts = relative.startsWith('/') ? [] : from.split('/').slice(0, -1);
  for (const part of relative.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
