import { describe, expect, it } from 'vitest';
import { lexSplit } from './lex-split.ts';
import { splitStatements } from './split.ts';

const texts = (sql: string) => lexSplit(sql)?.map((s) => sql.slice(s.start, s.end).trim());

describe('lexSplit', () => {
  it('splits at top-level semicolons only', () => {
    const sql = [
      'CREATE TABLE a (t text DEFAULT \'x;y\', "odd;name" int);',
      "COMMENT ON TABLE a IS 'it''s; fine';",
      "SELECT E'back\\\\'';' AS s;",
      'CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $body$ BEGIN RETURN 1; END $body$;',
      'CREATE FUNCTION g() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$;',
      '/* a; /* nested; */ still; */ SELECT 1; -- trailing; comment',
      '',
    ].join('\n');
    expect(texts(sql)).toEqual([
      'CREATE TABLE a (t text DEFAULT \'x;y\', "odd;name" int)',
      "COMMENT ON TABLE a IS 'it''s; fine'",
      "SELECT E'back\\\\'';' AS s",
      'CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $body$ BEGIN RETURN 1; END $body$',
      'CREATE FUNCTION g() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$',
      '/* a; /* nested; */ still; */ SELECT 1',
    ]);
  });

  it('gives up where a lexer cannot tell statements apart', () => {
    expect(lexSplit('CREATE FUNCTION h() RETURNS int BEGIN ATOMIC SELECT 1; END;')).toBeUndefined();
    expect(lexSplit("SELECT 'unterminated;")).toBeUndefined();
    expect(lexSplit('SELECT 1 /* open; ')).toBeUndefined();
  });

  it("agrees with PostgreSQL's own parser on the demo-like DDL the studio renders", async () => {
    const sql = [
      "CREATE TYPE public.mood AS ENUM ('sad', 'ok;');",
      'CREATE TABLE public.t (id integer NOT NULL, note text DEFAULT \'a;b\'::text, "x$y" int, CONSTRAINT t_pkey PRIMARY KEY (id));',
      "CREATE INDEX t_note ON public.t USING btree (note) WHERE (note <> ';'::text);",
      "COMMENT ON COLUMN public.t.note IS 'semi; colon';",
    ].join('\n\n');
    const ours = lexSplit(sql)?.map((s) => sql.slice(s.start, s.end).trim());
    const theirs = (await splitStatements(sql)).map((s) => sql.slice(s.start, s.end).trim());
    expect(ours).toEqual(theirs);
  });
});
