import type { Statement } from '@schema-studio/diff';
import { describe, expect, it } from 'vitest';
import { quoteIdent, quoteString, tableRef } from './quote.ts';
import { NOT_TRANSACTIONAL_NOTE, renderMysqlStatements } from './render.ts';

describe('quoting', () => {
  it('always backtick-quotes identifiers and doubles backticks', () => {
    expect(quoteIdent('users')).toBe('`users`');
    expect(quoteIdent('we`ird')).toBe('`we``ird`');
  });

  it('escapes quotes, backslashes and control characters in strings', () => {
    expect(quoteString("it's")).toBe("'it''s'");
    expect(quoteString('a\\b')).toBe("'a\\\\b'");
    expect(quoteString('nul\0cr\r')).toBe("'nul\\0cr\\r'");
  });

  it('qualifies a table only when it lives in another database', () => {
    expect(tableRef('', '', 't')).toBe('`t`');
    expect(tableRef('', 'other', 't')).toBe('`other`.`t`');
  });
});

describe('renderMysqlStatements', () => {
  const s = (sql: string, hazards: Statement['hazards'] = []): Statement => ({
    sql,
    hazards,
    transactional: false,
  });

  it('says once at the top that nothing is transactional', () => {
    const text = renderMysqlStatements([s('DROP TABLE `a`'), s('DROP TABLE `b`')], { hazardComments: false });
    expect(text).toBe(`${NOT_TRANSACTIONAL_NOTE}\nDROP TABLE \`a\`;\n\nDROP TABLE \`b\`;\n`);
    expect(renderMysqlStatements([], { hazardComments: true })).toBe('');
  });

  it('puts hazards above their statement, leaving out the one every statement has', () => {
    const text = renderMysqlStatements(
      [
        s('DROP TABLE `a`', [
          { code: 'DELETES_DATA', reason: 'drops `a`' },
          { code: 'NOT_TRANSACTIONAL', reason: 'x' },
        ]),
      ],
      { hazardComments: true },
    );
    expect(text).toContain('-- hazard DELETES_DATA: drops `a`\nDROP TABLE `a`;');
    expect(text).not.toContain('hazard NOT_TRANSACTIONAL');
  });

  const body = 'CREATE TRIGGER `t` BEFORE INSERT ON `a` FOR EACH ROW BEGIN SET NEW.x = 1; END';

  it('writes a body with semicolons as one plain statement ending in `END;`, no DELIMITER', () => {
    const text = renderMysqlStatements([s(body), s('DROP TABLE `b`')], { hazardComments: false });
    expect(text).toBe(`${NOT_TRANSACTIONAL_NOTE}\n${body};\n\nDROP TABLE \`b\`;\n`);
    expect(text).not.toContain('DELIMITER');
  });

  it('puts the terminator on its own line after a body that ends in a comment', () => {
    const commented = 'CREATE PROCEDURE `p`()\nBEGIN SELECT 1; END -- done';
    expect(renderMysqlStatements([s(commented)], { hazardComments: false })).toContain(`${commented}\n;\n`);
    const hashed = 'CREATE TRIGGER `x` BEFORE INSERT ON `t` FOR EACH ROW SET @a = 1 # note';
    expect(renderMysqlStatements([s(hashed)], { hazardComments: false })).toContain(`${hashed}\n;\n`);
    expect(
      renderMysqlStatements([s(commented)], { hazardComments: false, clientDelimiters: true }),
    ).toContain(`${commented}\n$$\nDELIMITER ;`);
  });

  it('keeps hazard comments on their line when a name holds a line break', () => {
    const text = renderMysqlStatements(
      [s('DROP TABLE `a\nb`', [{ code: 'DELETES_DATA', reason: 'drops `a\nb`' }])],
      {
        hazardComments: true,
      },
    );
    expect(text).toContain('-- hazard DELETES_DATA: drops `a b`\n');
  });

  it('wraps bodies in DELIMITER lines for the mysql command-line client when asked', () => {
    const options = { hazardComments: false, clientDelimiters: true };
    expect(renderMysqlStatements([s(body)], options)).toContain(`DELIMITER $$\n${body}$$\nDELIMITER ;\n`);
    const dollars = 'CREATE PROCEDURE `p`() BEGIN SELECT "$$"; END';
    expect(renderMysqlStatements([s(dollars)], options)).toContain('DELIMITER //\n');
    expect(renderMysqlStatements([s('DROP TABLE `a`')], options)).toContain('\nDROP TABLE `a`;\n');
  });
});
