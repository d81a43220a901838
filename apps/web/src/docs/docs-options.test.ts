import { describe, expect, it } from 'vitest';
import { docsRequest, EMPTY_DOCS_FORM, parsePatterns } from './docs-options.ts';

describe('docs options', () => {
  it('splits patterns on commas and white space, dropping blanks and repeats', () => {
    expect(parsePatterns(' public.orders*, audit\n  audit ,, public.tmp_? ')).toEqual([
      'public.orders*',
      'audit',
      'public.tmp_?',
    ]);
    expect(parsePatterns('  ')).toEqual([]);
  });

  it('asks only for what differs from the defaults', () => {
    expect(docsRequest(EMPTY_DOCS_FORM)).toEqual({ of: 'design' });
    expect(docsRequest({ ...EMPTY_DOCS_FORM, title: '  ' })).toEqual({ of: 'design' });
    expect(
      docsRequest({
        of: 'baseline',
        title: ' Shop ',
        include: 'public',
        exclude: 'public.tmp_*',
        findings: true,
      }),
    ).toEqual({
      of: 'baseline',
      title: 'Shop',
      include: ['public'],
      exclude: ['public.tmp_*'],
      findings: true,
    });
  });
});
