import { ConnectionError } from '@schema-studio/postgres/connect';
import type { CommandContext } from './commands/context.ts';
import { diffCommand, diffHelp } from './commands/diff.ts';
import { docsCommand, docsHelp } from './commands/docs.ts';
import { introspectCommand, introspectHelp } from './commands/introspect.ts';
import { lintCommand, lintHelp } from './commands/lint.ts';
import { verifyCommand, verifyHelp } from './commands/verify.ts';
import { EXIT, UsageError } from './errors.ts';

type Command = (argv: readonly string[], ctx: CommandContext) => Promise<number>;

const COMMANDS: Record<string, { run: Command; help: string }> = {
  introspect: { run: introspectCommand, help: introspectHelp },
  diff: { run: diffCommand, help: diffHelp },
  verify: { run: verifyCommand, help: verifyHelp },
  docs: { run: docsCommand, help: docsHelp },
  lint: { run: lintCommand, help: lintHelp },
};

export const USAGE = `Schema Studio command line

${Object.values(COMMANDS)
  .map((c) => c.help)
  .join('\n\n')}

A <source> is a postgres:// or mysql:// URL, a .sql file (run in a shadow database: PGlite, or the --shadow
server; a MySQL .sql file needs --shadow mysql://...), a .json model file, or "empty".
Exit codes: 0 done, 1 failed (e.g. not proven, findings at --fail-on), 2 bad input.`;

/** Runs one command line and returns the exit code; never throws for bad input. */
export async function runCli(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    ctx.stdout(`${USAGE}\n`);
    return name === undefined ? EXIT.badInput : EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    ctx.stderr(
      `schema-studio: unknown command "${name}" (one of ${Object.keys(COMMANDS).join(', ')}; see --help)\n`,
    );
    return EXIT.badInput;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    ctx.stdout(`${command.help}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, ctx);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConnectionError) {
      ctx.stderr(`schema-studio: ${error.message}\n`);
      return EXIT.badInput;
    }
    const message = error instanceof Error ? error.message : String(error);
    ctx.stderr(
      `schema-studio: internal error: ${message.split('\n')[0]} (set SCHEMA_STUDIO_DEBUG=1 for details)\n`,
    );
    if (process.env.SCHEMA_STUDIO_DEBUG) ctx.stderr(`${error instanceof Error ? error.stack : ''}\n`);
    return EXIT.internal;
  }
}
