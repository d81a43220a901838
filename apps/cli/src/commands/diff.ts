import { invertHints } from '@schema-studio/diff';
import { parseCommandArgs } from '../args.ts';
import { parseDialect } from '../dialect.ts';
import { EXIT, UsageError } from '../errors.ts';
import { parseHints } from '../hints.ts';
import { plannerFor } from '../planner.ts';
import { loadPair } from '../sources.ts';
import type { CommandContext } from './context.ts';

export const diffHelp = `schema-studio diff <from> <to> [--down] [--rename kind:schema.name=new ...] [--format sql|json] [--shadow URL] [--dialect mysql|postgres]
  Prints the migration from <from> to <to> (or back, with --down), each statement with its hazards.
  Renames happen only when hinted: --rename table:public.old=new, --rename column:public.t.old=new
  (also enum, index, constraint, view, sequence); MySQL names have no schema: column:t.old=new.`;

/** Flags every command that reads two sources shares. */
export const SOURCE_FLAGS = {
  rename: { type: 'string', multiple: true },
  shadow: { type: 'string' },
  dialect: { type: 'string' },
} as const;

export async function diffCommand(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'diff',
    argv,
    { ...SOURCE_FLAGS, down: { type: 'boolean' }, format: { type: 'string' } },
    ['from', 'to'],
  );
  const format = values.format ?? 'sql';
  if (format !== 'sql' && format !== 'json')
    throw new UsageError(`diff: unknown --format "${format}" (sql or json)`);
  // Checked before any source is read, so a typo costs no database work.
  parseHints(values.rename);
  const options = {
    shadowUrl: values.shadow,
    dialect: parseDialect(values.dialect),
    onProgress: ctx.progress,
  };
  const [from, to] = await loadPair(positionals[0] ?? '', positionals[1] ?? '', options);
  const hints = parseHints(values.rename, from.dialect);
  const planner = await plannerFor(from.dialect);
  // Only the direction asked for is planned: on a large schema planning is a good part of the run time.
  const statements = values.down
    ? planner.statements(to, from, invertHints(hints))
    : planner.statements(from, to, hints);
  if (format === 'json') {
    const direction = values.down ? 'down' : 'up';
    const session = planner.session(statements);
    ctx.stdout(`${JSON.stringify({ dialect: from.dialect, direction, session, statements }, null, 2)}\n`);
  } else {
    ctx.stdout(planner.script(statements));
  }
  return EXIT.ok;
}
