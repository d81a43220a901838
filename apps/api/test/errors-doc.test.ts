import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERRORS } from '../src/errors.ts';

const DOC = new URL('../../../docs/api-errors.md', import.meta.url);

/** The rows of the doc's `| code | status | meaning |` table. */
function documentedRows(): [string, number, string][] {
  return readFileSync(DOC, 'utf8')
    .split('\n')
    .filter((line) => /^\|\s*`[A-Z_]+`\s*\|/.test(line))
    .map((line) => {
      // Cells are padded by the formatter: split on the pipes and trim.
      const [code = '', status = '', meaning = ''] = line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim());
      return [code.replace(/`/g, ''), Number(status), meaning];
    });
}

describe('docs/api-errors.md', () => {
  it('documents exactly the error table, in its order, with status and message', () => {
    const table = Object.entries(ERRORS).map(([code, e]): [string, number, string] => [
      code,
      e.status,
      e.message,
    ]);
    expect(documentedRows()).toEqual(table);
  });
});
