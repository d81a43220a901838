import { describe, expect, test } from 'vitest';
import { qualify, quoteIdent, quoteLiteral } from './quote.ts';

describe('quoteIdent', () => {
  test('leaves plain lower-case identifiers alone', () => {
    expect(quoteIdent('users')).toBe('users');
    expect(quoteIdent('_tmp2')).toBe('_tmp2');
    expect(quoteIdent('no')).toBe('no');
  });
  test('quotes mixed case, odd characters and leading digits', () => {
    expect(quoteIdent('Order')).toBe('"Order"');
    expect(quoteIdent('my table')).toBe('"my table"');
    expect(quoteIdent('2fa')).toBe('"2fa"');
    expect(quoteIdent('a$b')).toBe('"a$b"');
    expect(quoteIdent('say "hi"')).toBe('"say ""hi"""');
  });
  test('quotes keywords that are not unreserved', () => {
    expect(quoteIdent('user')).toBe('"user"');
    expect(quoteIdent('order')).toBe('"order"');
    expect(quoteIdent('time')).toBe('"time"');
    expect(quoteIdent('select')).toBe('"select"');
  });
  test('qualifies', () => expect(qualify('App', 'user')).toBe('"App"."user"'));
});

describe('quoteLiteral', () => {
  test('doubles quotes', () => expect(quoteLiteral("it's")).toBe("'it''s'"));
  test('uses E strings for backslashes', () => expect(quoteLiteral("a\\b'c")).toBe("E'a\\\\b''c'"));
});
