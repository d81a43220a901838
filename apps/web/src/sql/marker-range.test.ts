import { describe, expect, it } from 'vitest';
import { markerRange } from './marker-range.ts';

/** A range on one line, as Monaco takes it. */
const onLine = (line: number, startColumn: number, endColumn: number) => ({
  startLineNumber: line,
  startColumn,
  endLineNumber: line,
  endColumn,
});

describe('markerRange', () => {
  const script = ['CREATE TABLE a (id int);', '', 'CREATE TABEL b (id int);', 'CREATE TABLE c (id int', ''];

  it('marks from the error to the end of its line', () => {
    expect(markerRange(script, 3, 8)).toEqual(onLine(3, 8, 25));
  });

  it('marks the last token when the error is at the end of the script, past a blank last line', () => {
    expect(markerRange(script, 5, 1)).toEqual(onLine(4, 20, 23));
  });

  it('marks the last token when the error is at the end of a line', () => {
    expect(markerRange(script, 4, 23)).toEqual(onLine(4, 20, 23));
  });

  it('keeps a line beyond the script inside it', () => {
    expect(markerRange(['SELECT'], 9, 1)).toEqual(onLine(1, 1, 7));
  });
});
