import { parseRenameHint, type RenameHint } from '@schema-studio/diff';
import type { Dialect } from '@schema-studio/schema';
import { UsageError } from './errors.ts';

/**
 * `--rename` hints. PostgreSQL names default to schema `public`; MySQL objects have no schema (their schema is
 * ''), so there a hint names `table.column` or just `table`, and a leading database name is not expected.
 */
export function parseHints(
  texts: readonly string[] | undefined,
  dialect: Dialect = 'postgres',
): RenameHint[] {
  return (texts ?? []).map((text) => {
    const hint = parseRenameHint(dialect === 'mysql' ? withPlaceholderSchema(text) : text);
    if (!hint.ok) throw new UsageError(hint.error.replace(/^bad rename "[^"]*"/, `bad rename "${text}"`));
    return dialect === 'mysql' ? { ...hint.value, schema: '' } : hint.value;
  });
}

/** `column:film.title=name` -> `column:_.film.title=name`, so the parser's schema slot is filled and dropped. */
function withPlaceholderSchema(text: string): string {
  return text.replace(/^([a-z]+):/, '$1:_.');
}
