import { describe, expect, it } from 'vitest';
import { docSegments } from './doc-segments.ts';

const same = (html: string) => html;

describe('docSegments', () => {
  it('splits the markdown around its Mermaid blocks', () => {
    const source = [
      '# ERD',
      '',
      '```mermaid',
      'erDiagram',
      '  a ||--o{ b : "a_id"',
      '```',
      '',
      'See [the tables](table-definitions.md#table-public-a).',
    ].join('\n');
    const segments = docSegments(source, same);
    expect(segments.map((s) => s.kind)).toEqual(['html', 'mermaid', 'html']);
    expect(segments[1]).toEqual({ kind: 'mermaid', source: 'erDiagram\n  a ||--o{ b : "a_id"' });
    expect(segments[2]).toMatchObject({
      html: expect.stringContaining('<a href="table-definitions.md#table-public-a">the tables</a>'),
    });
  });

  it('keeps explicit anchors and renders tables; other code blocks stay code', () => {
    const source = [
      '## <a id="table-public-a"></a>Table `public.a`',
      '',
      '| Column | Type |',
      '| --- | --- |',
      '| `id` | `integer` |',
      '',
      '```sql',
      'select 1;',
      '```',
    ].join('\n');
    const [only, ...rest] = docSegments(source, same);
    expect(rest).toEqual([]);
    expect(only?.kind).toBe('html');
    const html = only?.kind === 'html' ? only.html : '';
    expect(html).toContain('<a id="table-public-a"></a>');
    expect(html).toContain('<table>');
    expect(html).toContain('<code class="language-sql">');
  });

  it('passes every HTML run through the sanitizer', () => {
    const segments = docSegments('a\n\n```mermaid\nerDiagram\n```\n\nb', () => 'clean');
    expect(segments).toEqual([
      { kind: 'html', html: 'clean' },
      { kind: 'mermaid', source: 'erDiagram' },
      { kind: 'html', html: 'clean' },
    ]);
  });
});
