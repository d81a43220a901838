import type { Change, ChangeKind } from '@schema-studio/diff';
import {
  NAMESPACE_SUMMARIES,
  ROUTINE_SUMMARIES,
  SEQUENCE_SUMMARIES,
  type Summaries,
  TYPE_SUMMARIES,
} from './summary-objects.ts';
import {
  COLUMN_SUMMARIES,
  COMMENT_SUMMARIES,
  CONSTRAINT_SUMMARIES,
  INDEX_SUMMARIES,
  TABLE_SUMMARIES,
  TRIGGER_POLICY_SUMMARIES,
  VIEW_SUMMARIES,
} from './summary-tables.ts';

/** One line per change kind; the type makes a new kind in `Change` a compile error here until it has one. */
const SUMMARIES: Summaries<ChangeKind> = {
  ...NAMESPACE_SUMMARIES,
  ...TYPE_SUMMARIES,
  ...SEQUENCE_SUMMARIES,
  ...ROUTINE_SUMMARIES,
  ...TABLE_SUMMARIES,
  ...COLUMN_SUMMARIES,
  ...CONSTRAINT_SUMMARIES,
  ...INDEX_SUMMARIES,
  ...TRIGGER_POLICY_SUMMARIES,
  ...VIEW_SUMMARIES,
  ...COMMENT_SUMMARIES,
};

/**
 * One plain-English line per change, Markdown with names as code, e.g. ``Add column `email` to `public.users` ``.
 * Lines follow the order of the changes.
 */
export function summarizeChanges(changes: readonly Change[]): string[] {
  return changes.map((change) => (SUMMARIES[change.kind] as (c: Change) => string)(change));
}
