import { parseArgs } from 'node:util';
import { UsageError } from './errors.ts';

type OptionSpec = Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>;

/** Strict argument parsing: unknown flags and missing values are usage errors, worded for people. */
export function parseCommandArgs<T extends OptionSpec>(
  command: string,
  argv: readonly string[],
  options: T,
  positionals: readonly string[],
) {
  let parsed: ReturnType<
    typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>
  >;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new UsageError(`${command}: ${message?.replace(/\. To specify a positional.*$/, '')}`);
  }
  if (parsed.positionals.length !== positionals.length) {
    throw new UsageError(
      `${command}: expected ${positionals.map((p) => `<${p}>`).join(' ')}, got ${parsed.positionals.length} argument(s)`,
    );
  }
  return parsed;
}
