/** Relative links between files of the set, which is written as a tree and read on GitHub or on disk. */

/** The link from the file at `from` to the file at `to` (both relative to the output folder), plus an anchor. */
export function href(from: string, to: string, anchorId?: string): string {
  const fragment = anchorId === undefined ? '' : `#${anchorId}`;
  if (from === to) return fragment === '' ? '#' : fragment;
  const fromDirs = from.split('/').slice(0, -1);
  const toParts = to.split('/');
  let shared = 0;
  while (shared < fromDirs.length && shared < toParts.length - 1 && fromDirs[shared] === toParts[shared]) {
    shared++;
  }
  const up = fromDirs.slice(shared).map(() => '..');
  return [...up, ...toParts.slice(shared)].join('/') + fragment;
}
