import { parseCommandArgs } from '../args.ts';
import { parseDialect } from '../dialect.ts';
import { EXIT } from '../errors.ts';
import { parseHints } from '../hints.ts';
import { proveMigration } from '../prove.ts';
import { loadPair } from '../sources.ts';
import type { CommandContext } from './context.ts';
import { SOURCE_FLAGS } from './diff.ts';

export const verifyHelp = `schema-studio verify <from> <to> [--rename ...] [--shadow URL] [--dialect mysql|postgres]
  Proves the migration on a shadow database (PostgreSQL: PGlite, or scratch databases on the --shadow server;
  MySQL/MariaDB: a scratch database on the --shadow mysql:// server, which is required):
  <from> + up re-introspects to exactly <to>, and down returns to <from>. Exit 0 when proven, 1 when not.`;

export async function verifyCommand(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs('verify', argv, SOURCE_FLAGS, ['from', 'to']);
  parseHints(values.rename);
  const options = {
    shadowUrl: values.shadow,
    dialect: parseDialect(values.dialect),
    onProgress: ctx.progress,
  };
  const [from, to] = await loadPair(positionals[0] ?? '', positionals[1] ?? '', options);
  ctx.progress('proving the migration on a shadow database');
  const report = await proveMigration(from, to, parseHints(values.rename, from.dialect), options);
  for (const step of report.steps) ctx.stdout(`${step.ok ? 'ok  ' : 'FAIL'} ${step.stage}: ${step.detail}\n`);
  if (report.proven) {
    ctx.stdout(`${report.summary}\n`);
    return EXIT.ok;
  }
  ctx.stderr(`schema-studio: ${report.summary.split('\n')[0]}\n`);
  return EXIT.failed;
}
