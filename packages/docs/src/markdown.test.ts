import { describe, expect, it } from 'vitest';
import { cell, code, codeBlock, paragraph, table, text } from './markdown.ts';

describe('text', () => {
  it('escapes what GFM would read as markup or HTML', () => {
    expect(text('a *b* _c_ `d` [e](f) <script>x</script> &amp; ~~g~~ \\')).toBe(
      'a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) \\<script\\>x\\</script\\> \\&amp; \\~\\~g\\~\\~ \\\\',
    );
  });

  it('keeps line breaks as <br> and neutralises block syntax at the start', () => {
    expect(text('# not a heading\nsecond')).toBe('\\# not a heading<br>second');
    expect(text('1. not a list')).toBe('1\\. not a list');
  });
});

describe('paragraph', () => {
  it('neutralises block syntax on every line', () => {
    expect(paragraph('Title\n---\n- item\n    code?\n| a | b |')).toBe(
      'Title<br>\n\\---<br>\n\\- item<br>\ncode?<br>\n\\| a \\| b \\|',
    );
  });
});

describe('code', () => {
  it('uses a delimiter longer than any backtick run inside', () => {
    expect(code('plain')).toBe('`plain`');
    expect(code('a `b` c')).toBe('``a `b` c``');
    expect(code('`edge`')).toBe('`` `edge` ``');
  });

  it('flattens line breaks so the span can sit in a table row', () => {
    expect(code('SELECT 1\nFROM t')).toBe('`SELECT 1 FROM t`');
  });
});

describe('codeBlock', () => {
  it('uses a fence no line of the content can close', () => {
    expect(codeBlock('x', 'sql')).toBe('```sql\nx\n```');
    expect(codeBlock("SELECT '```'", 'sql')).toBe("````sql\nSELECT '```'\n````");
  });
});

describe('table', () => {
  it('escapes pipes in cells, code spans included', () => {
    expect(cell('`a|b`')).toBe('`a\\|b`');
    expect(table(['A', 'B'], [[code('x || y'), text('p | q')]])).toBe(
      '| A | B |\n| --- | --- |\n| `x \\|\\| y` | p \\| q |',
    );
  });
});
