/** A 1-based, end-exclusive span in an editor, like Monaco's ranges. */
export interface MarkerRange {
  readonly startLineNumber: number;
  readonly startColumn: number;
  readonly endLineNumber: number;
  readonly endColumn: number;
}

const isBlank = (text: string) => text.trim() === '';

/**
 * Where to draw an engine error reported at `line`:`column`. Monaco draws nothing for an empty range, and an
 * error at the end of a line or of the script ("syntax error at end of input") is one: such an error is drawn
 * under the last token before it instead, so there is always a squiggle to see.
 */
export function markerRange(lines: readonly string[], line: number, column: number): MarkerRange {
  const lineNumber = Math.min(Math.max(line, 1), Math.max(lines.length, 1));
  const text = lines[lineNumber - 1] ?? '';
  const start = Math.max(column, 1);
  if (!isBlank(text.slice(start - 1))) {
    return {
      startLineNumber: lineNumber,
      startColumn: start,
      endLineNumber: lineNumber,
      endColumn: text.length + 1,
    };
  }
  return lastTokenBefore(lines, lineNumber, start);
}

/** The last run of non-blank characters at or before `line`:`column`, or the start of the script if none. */
function lastTokenBefore(lines: readonly string[], line: number, column: number): MarkerRange {
  for (let n = line; n >= 1; n--) {
    const text = (lines[n - 1] ?? '').slice(0, n === line ? column - 1 : undefined).trimEnd();
    if (text === '') continue;
    const tokenStart = text.search(/\S+$/);
    return { startLineNumber: n, startColumn: tokenStart + 1, endLineNumber: n, endColumn: text.length + 1 };
  }
  return { startLineNumber: 1, startColumn: 1, endLineNumber: 1, endColumn: (lines[0]?.length ?? 0) + 1 };
}
