import { invertHints, parseRenameHint, type RenameHint } from '@schema-studio/diff';
import { planStatements, renderStatements, sessionSettings } from '@schema-studio/postgres';
import { parseCommandArgs } from '../args.ts';
import { EXIT, UsageError } from '../errors.ts';
import { loadSource } from '../sources.ts';
import type { CommandContext } from './context.ts';

export const diffHelp = `schema-studio diff <from> <to> [--down] [--rename kind:schema.name=new ...] [--format sql|json] [--shadow URL]
  Prints the migration from <from> to <to> (or back, with --down), each statement with its hazards.
  Renames happen only when hinted: --rename table:public.old=new, --rename column:public.t.old=new
  (also enum, index, constraint, view, sequence).`;

export function parseHints(texts: readonly string[] | undefined): RenameHint[] {
  return (texts ?? []).map((text) => {
    const hint = parseRenameHint(text);
    if (!hint.ok) throw new UsageError(hint.error);
    return hint.value;
  });
}

export async function diffCommand(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'diff',
    argv,
    {
      down: { type: 'boolean' },
      rename: { type: 'string', multiple: true },
      format: { type: 'string' },
      shadow: { type: 'string' },
    },
    ['from', 'to'],
  );
  const format = values.format ?? 'sql';
  if (format !== 'sql' && format !== 'json')
    throw new UsageError(`diff: unknown --format "${format}" (sql or json)`);
  const hints = parseHints(values.rename);
  const options = { shadowUrl: values.shadow, onProgress: ctx.progress };
  const from = await loadSource(positionals[0] ?? '', options);
  const to = await loadSource(positionals[1] ?? '', options);
  // Only the direction asked for is planned: on a large schema planning is a good part of the run time.
  const statements = values.down
    ? planStatements(to, from, invertHints(hints))
    : planStatements(from, to, hints);
  const session = statements.length > 0 ? sessionSettings() : [];
  if (format === 'json') {
    const direction = values.down ? 'down' : 'up';
    ctx.stdout(`${JSON.stringify({ direction, session, statements }, null, 2)}\n`);
  } else if (statements.length > 0) {
    const preamble = session.map((s) => `${s};\n`).join('');
    ctx.stdout(`${preamble}\n${renderStatements(statements, { hazardComments: true })}`);
  }
  return EXIT.ok;
}
