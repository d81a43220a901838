import { err, ok, type Result } from '@schema-studio/schema';
import type { RenameHint, RenameKind } from './plan.ts';

const KINDS: readonly RenameKind[] = ['table', 'column', 'enum', 'index', 'constraint', 'view', 'sequence'];
const INSIDE_TABLE: ReadonlySet<RenameKind> = new Set(['column', 'index', 'constraint']);

/**
 * Parses a CLI rename hint: `table:public.old=new`, `column:public.t.old=new`, `index:public.t.old=new`.
 * A missing schema means `public`.
 */
export function parseRenameHint(text: string): Result<RenameHint> {
  const match = /^([a-z]+):(.+)=(.+)$/.exec(text);
  const usage = `bad rename "${text}": expected kind:schema.name=new or kind:schema.table.name=new`;
  if (!match) return err(usage);
  const [, kindText = '', path = '', to = ''] = match;
  const kind = KINDS.find((k) => k === kindText);
  if (!kind) return err(`bad rename "${text}": unknown kind "${kindText}" (one of ${KINDS.join(', ')})`);
  const parts = path.split('.');
  const needed = INSIDE_TABLE.has(kind) ? 3 : 2;
  if (parts.length === needed - 1) parts.unshift('public');
  if (parts.length !== needed || parts.some((p) => p === '')) return err(usage);
  if (INSIDE_TABLE.has(kind)) {
    const [schema = '', table = '', from = ''] = parts;
    return ok({ kind, schema, table, from, to });
  }
  const [schema = '', from = ''] = parts;
  return ok({ kind, schema, from, to });
}
