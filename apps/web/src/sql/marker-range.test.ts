import { describe, expect, it } from 'vitest';
import { markerRange } from './marker-range.ts';

describe('markerRange', () => {
  const script = ['CREATE TABLE a (id int);', '', 'CREATE TABEL b (id int);', 'CREATE TABLE c (id int', ''];

  it('marks from the error to the end of its line', () => {
    expect(markerRange(script, 3, 8)).toEqual({
      startLineNumber: 3,
      startColumn: 8,
      endLineNumber: 3,
      endColumn: 25,
    });
  });

  it('marks the last token when the error is at the end of the script, past a blank last line', () => {
    expect(markerRange(script, 5, 1)).toEqual({
      startLineNumber: 4,
      startColumn: 20,
      endLineNumber: 4,
      endColumn: 23,
    });
  });

  it('marks the last token when the error is at the end of a line', () => {
    expect(markerRange(script, 4, 23)).toEqual({
      startLineNumber: 4,
      startColumn: 20,
      endLineNumber: 4,
      endColumn: 23,
    });
  });

  it('keeps a line beyond the script inside it', () => {
    expect(markerRange(['SELECT'], 9, 1)).toEqual({
      startLineNumber: 1,
      startColumn: 1,
      endLineNumber: 1,
      endColumn: 7,
    });
  });
});
