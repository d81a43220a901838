import { describe, expect, it } from 'vitest';
import { COMMIT_PAUSE_MS, pauseAfter, TYPING_PAUSE_MS } from './edit-pause.ts';

const typed = (...texts: string[]) => ({ changes: texts.map((text) => ({ text })) });

describe('pauseAfter', () => {
  it('keeps the typing pause for a keystroke, a completed word, an auto-closed pair and a line break', () => {
    for (const text of ['a', 'varchar', '()', "''", '\n    ', ' ']) {
      expect(pauseAfter(typed(text)), JSON.stringify(text)).toBe(TYPING_PAUSE_MS);
    }
  });

  it('keeps the typing pause for deletions', () => {
    expect(pauseAfter(typed(''))).toBe(TYPING_PAUSE_MS);
  });

  it('sends at once when a statement ends: a typed semicolon, or an insert that holds one', () => {
    expect(pauseAfter(typed(';'))).toBe(COMMIT_PAUSE_MS);
    expect(pauseAfter(typed('\nCREATE TABLE t (id int primary key);\n'))).toBe(COMMIT_PAUSE_MS);
  });

  it('sends at once after a paste of several words, even without a semicolon', () => {
    expect(pauseAfter(typed('email text NOT NULL'))).toBe(COMMIT_PAUSE_MS);
    expect(pauseAfter(typed('a,\nb'))).toBe(COMMIT_PAUSE_MS);
  });

  it('sends at once when any change of a multi-cursor edit is a commit point', () => {
    expect(pauseAfter(typed('x', ';'))).toBe(COMMIT_PAUSE_MS);
  });

  it('keeps a commit point through the blank edits after it, as a statement typed character by character ends', () => {
    expect(pauseAfter(typed('\n'), COMMIT_PAUSE_MS)).toBe(COMMIT_PAUSE_MS);
    expect(pauseAfter(typed('\n  '), COMMIT_PAUSE_MS)).toBe(COMMIT_PAUSE_MS);
    expect(pauseAfter(typed('\n'), TYPING_PAUSE_MS)).toBe(TYPING_PAUSE_MS);
    expect(pauseAfter(typed('\n'))).toBe(TYPING_PAUSE_MS);
  });

  it('goes back to the typing pause when typing goes on after a commit point', () => {
    expect(pauseAfter(typed('x'), COMMIT_PAUSE_MS)).toBe(TYPING_PAUSE_MS);
    expect(pauseAfter(typed(''), COMMIT_PAUSE_MS)).toBe(TYPING_PAUSE_MS);
  });

  it('sends at once after undo and redo, whatever they changed', () => {
    expect(pauseAfter({ ...typed('a'), isUndoing: true })).toBe(COMMIT_PAUSE_MS);
    expect(pauseAfter({ ...typed(''), isRedoing: true })).toBe(COMMIT_PAUSE_MS);
  });

  it('waits far less after a commit point than while typing', () => {
    expect(COMMIT_PAUSE_MS).toBeLessThanOrEqual(30);
    expect(TYPING_PAUSE_MS).toBeGreaterThan(COMMIT_PAUSE_MS);
  });
});
