/** Test support: structural checks of generated GitHub-flavoured Markdown. */

/**
 * Problems that would break GitHub's rendering: a table row whose cell count differs from its header's (an
 * unescaped pipe or line break in a cell), or a code fence left open.
 */
export function markdownProblems(markdown: string): string[] {
  const problems: string[] = [];
  const lines = markdown.split('\n');
  let fence: string | undefined;
  let header: number | undefined;
  lines.forEach((line, i) => {
    const opener = /^(`{3,})/.exec(line)?.[1];
    if (fence !== undefined) {
      if (line === fence) fence = undefined;
      return;
    }
    if (opener !== undefined) {
      fence = opener;
      return;
    }
    if (!line.startsWith('| ')) {
      header = undefined;
      return;
    }
    // GitHub splits rows on pipes that no backslash precedes.
    const cells = line.split(/(?<!\\)\|/).length;
    if (header === undefined) header = cells;
    else if (cells !== header)
      problems.push(`line ${i + 1}: ${cells - 2} cells, the header has ${header - 2}`);
  });
  if (fence !== undefined) problems.push(`a ${fence} fence is never closed`);
  return problems;
}
