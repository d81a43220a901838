import type { Change, CommentTarget } from './changes.ts';

/** A `comment.set` when the comment differs; `from` is undefined for objects the plan creates. */
export function commentChange(
  target: CommentTarget,
  from: string | undefined,
  to: string | undefined,
): Change[] {
  return from === to ? [] : [{ kind: 'comment.set', target, ...(to === undefined ? {} : { comment: to }) }];
}
