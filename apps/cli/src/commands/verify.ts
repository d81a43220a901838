import { parseCommandArgs } from '../args.ts';
import { EXIT } from '../errors.ts';
import { loadSource, shadowFactory } from '../sources.ts';
import type { CommandContext } from './context.ts';
import { parseHints } from './diff.ts';

export const verifyHelp = `schema-studio verify <from> <to> [--rename ...] [--shadow URL]
  Proves the migration on a shadow database (PGlite, or scratch databases on the --shadow server):
  <from> + up re-introspects to exactly <to>, and down returns to <from>. Exit 0 when proven, 1 when not.`;

export async function verifyCommand(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'verify',
    argv,
    { rename: { type: 'string', multiple: true }, shadow: { type: 'string' } },
    ['from', 'to'],
  );
  const hints = parseHints(values.rename);
  const options = { shadowUrl: values.shadow, onProgress: ctx.progress };
  const from = await loadSource(positionals[0] ?? '', options);
  const to = await loadSource(positionals[1] ?? '', options);
  ctx.progress('proving the migration on a shadow database');
  const { verifyMigration } = await import('@schema-studio/postgres/node');
  const report = await verifyMigration(from, to, { hints, shadow: await shadowFactory(options) });
  for (const step of report.steps) ctx.stdout(`${step.ok ? 'ok  ' : 'FAIL'} ${step.stage}: ${step.detail}\n`);
  if (report.proven) {
    ctx.stdout(`${report.summary}\n`);
    return EXIT.ok;
  }
  ctx.stderr(`schema-studio: ${report.summary.split('\n')[0]}\n`);
  return EXIT.failed;
}
