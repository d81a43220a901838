import { writeFile } from 'node:fs/promises';
import { serializeModel } from '@schema-studio/schema';
import { parseCommandArgs } from '../args.ts';
import { parseDialect } from '../dialect.ts';
import { EXIT } from '../errors.ts';
import { loadSource } from '../sources.ts';
import type { CommandContext } from './context.ts';

export const introspectHelp = `schema-studio introspect <source> [--out model.json] [--shadow URL] [--dialect mysql|postgres]
  Reads a source into the schema model (JSON) on stdout, or into --out.`;

export async function introspectCommand(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'introspect',
    argv,
    { out: { type: 'string' }, shadow: { type: 'string' }, dialect: { type: 'string' } },
    ['source'],
  );
  const model = await loadSource(positionals[0] ?? '', {
    shadowUrl: values.shadow,
    dialect: parseDialect(values.dialect),
    onProgress: ctx.progress,
  });
  const json = serializeModel(model);
  if (values.out) await writeFile(values.out, json);
  else ctx.stdout(json);
  return EXIT.ok;
}
