/**
 * How long the SQL editor waits after an edit before it sends the script to the server. Plain typing keeps a
 * pause (a read per keystroke would only be skipped as stale on the server), but some edits are natural commit
 * points: the person has just finished something, and every millisecond of waiting is lag they see.
 */

/** After a keystroke: short enough to feel live, long enough to let a word be typed. */
export const TYPING_PAUSE_MS = 250;
/** After a commit point; not zero, so that the changes of one gesture (a multi-cursor paste) go as one read. */
export const COMMIT_PAUSE_MS = 10;

/** One change of an edit, as the editor reports it (Monaco's IModelContentChange, the parts used here). */
export interface TextChange {
  /** The text inserted ('' for a deletion). */
  readonly text: string;
}

/** One edit: its changes, and whether it was the editor's undo or redo. */
export interface TextEdit {
  readonly changes: readonly TextChange[];
  readonly isUndoing?: boolean;
  readonly isRedoing?: boolean;
}

/** Two non-blank characters with a space or line break between them: more than one word. */
const SEVERAL_WORDS = /\S\s+\S/;

/**
 * A change that is a commit point: it types or pastes a `;` (a statement ends), or it inserts more than one
 * word at once (a paste, a snippet). One word (a completion), an auto-closed pair such as `()` and a line break
 * with its indentation are still typing.
 */
function isCommitPoint(change: TextChange): boolean {
  return change.text.includes(';') || SEVERAL_WORDS.test(change.text);
}

/** Only spaces and line breaks inserted: no statement changes meaning. */
const isBlank = (edit: TextEdit) => edit.changes.every((c) => c.text !== '' && c.text.trim() === '');

/**
 * The pause before sending the script after `edit`; `pending` is the pause of a send still waiting, if any.
 * Undo and redo restore a whole edit: a commit point too. A blank edit right after a commit point (the line
 * break after a `;`) keeps it: the editor reports typed text one character at a time, so a statement typed
 * or inserted with its line break ends in a blank edit.
 */
export function pauseAfter(edit: TextEdit, pending?: number): number {
  if (edit.isUndoing || edit.isRedoing) return COMMIT_PAUSE_MS;
  if (pending === COMMIT_PAUSE_MS && isBlank(edit)) return COMMIT_PAUSE_MS;
  return edit.changes.some(isCommitPoint) ? COMMIT_PAUSE_MS : TYPING_PAUSE_MS;
}
