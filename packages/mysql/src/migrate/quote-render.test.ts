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

  it('wraps bodies with semicolons in DELIMITER lines the mysql client understands', () => {
    const body = 'CREATE TRIGGER `t` BEFORE INSERT ON `a` FOR EACH ROW BEGIN SET NEW.x = 1; END';
    expect(renderMysqlStatements([s(body)], { hazardComments: false })).toContain(
      `DELIMITER $$\n${body}$$\nDELIMITER ;\n`,
    );
    const dollars = 'CREATE PROCEDURE `p`() BEGIN SELECT "$$"; END';
    expect(renderMysqlStatements([s(dollars)], { hazardComments: false })).toContain('DELIMITER //\n');
  });
});
