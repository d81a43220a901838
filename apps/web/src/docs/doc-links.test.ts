import { describe, expect, it } from 'vitest';
import { resolveDocLink } from './doc-links.ts';

const PATHS = new Set(['README.md', 'schema/erd-diagram.md', 'schema/table-definitions.md']);

describe('resolveDocLink', () => {
  it('follows an anchor in the same file', () => {
    expect(resolveDocLink('schema/table-definitions.md', '#table-public-books', PATHS)).toEqual({
      kind: 'file',
      path: 'schema/table-definitions.md',
      anchor: 'table-public-books',
    });
  });

  it('resolves relative paths against the folder of the current file', () => {
    expect(resolveDocLink('README.md', 'schema/erd-diagram.md', PATHS)).toEqual({
      kind: 'file',
      path: 'schema/erd-diagram.md',
    });
    expect(resolveDocLink('schema/erd-diagram.md', 'table-definitions.md#table-public-film', PATHS)).toEqual({
      kind: 'file',
      path: 'schema/table-definitions.md',
      anchor: 'table-public-film',
    });
    expect(resolveDocLink('schema/erd-diagram.md', '../README.md', PATHS)).toEqual({
      kind: 'file',
      path: 'README.md',
    });
    expect(resolveDocLink('schema/erd-diagram.md', './table-definitions.md', PATHS)).toMatchObject({
      path: 'schema/table-definitions.md',
    });
  });

  it('decodes escaped characters in paths and anchors', () => {
    expect(resolveDocLink('README.md', 'schema/table-definitions.md#table-a%20b', PATHS)).toMatchObject({
      anchor: 'table-a b',
    });
  });

  it('tells external links and files the set does not hold apart', () => {
    expect(resolveDocLink('README.md', 'https://example.com/x', PATHS)).toEqual({
      kind: 'external',
      href: 'https://example.com/x',
    });
    expect(resolveDocLink('README.md', 'mailto:a@b.c', PATHS).kind).toBe('external');
    expect(resolveDocLink('README.md', 'migrations/2026-Q4-schema-changes.md', PATHS)).toEqual({
      kind: 'missing',
      path: 'migrations/2026-Q4-schema-changes.md',
    });
  });
});
