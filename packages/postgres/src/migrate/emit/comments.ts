import type { CommentTarget } from '@schema-studio/diff';
import { qualify, quoteIdent, quoteLiteral } from '../quote.ts';
import { type EmitterMap, statement } from '../statement.ts';
import { routineWord } from './routines.ts';

const OBJECT_WORDS = {
  collation: 'COLLATION',
  type: 'TYPE',
  domain: 'DOMAIN',
  sequence: 'SEQUENCE',
  table: 'TABLE',
  view: 'VIEW',
  materializedView: 'MATERIALIZED VIEW',
  index: 'INDEX',
} as const;

/** What follows `COMMENT ON`. */
export function commentObject(t: CommentTarget): string {
  switch (t.type) {
    case 'schema':
      return `SCHEMA ${quoteIdent(t.name)}`;
    case 'extension':
      return `EXTENSION ${quoteIdent(t.name)}`;
    case 'column':
      return `COLUMN ${qualify(t.schema, t.table)}.${quoteIdent(t.column)}`;
    case 'constraint':
    case 'trigger':
    case 'policy':
      return `${t.type.toUpperCase()} ${quoteIdent(t.name)} ON ${qualify(t.schema, t.table)}`;
    case 'domainConstraint':
      return `CONSTRAINT ${quoteIdent(t.name)} ON DOMAIN ${qualify(t.schema, t.domain)}`;
    case 'routine':
      return `${routineWord(t.routineKind)} ${qualify(t.schema, t.name)}(${t.args})`;
    default:
      return `${OBJECT_WORDS[t.type]} ${qualify(t.schema, t.name)}`;
  }
}

export const commentEmitters: EmitterMap<'comment.set'> = {
  'comment.set': ({ target, comment }) => [
    statement(
      `COMMENT ON ${commentObject(target)} IS ${comment === undefined ? 'NULL' : quoteLiteral(comment)}`,
    ),
  ],
};
