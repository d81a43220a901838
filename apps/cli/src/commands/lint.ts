import { type Finding, lintModel, liveFacts, liveFindings, type RuleSetting } from '@schema-studio/lint';
import { compareStrings, type LiveStats, type SchemaModel } from '@schema-studio/schema';
import { parseCommandArgs } from '../args.ts';
import { readConfigFile } from '../config-file.ts';
import { parseDialect } from '../dialect.ts';
import { EXIT, UsageError } from '../errors.ts';
import { isLiveSource, readStats } from '../lint/read-stats.ts';
import { failing, jsonReport, type LintReport, textReport } from '../lint/report.ts';
import { checkLintConfig, type FailOn, parseFailOn, parseRuleFlags } from '../lint/settings.ts';
import { loadSource } from '../sources.ts';
import type { CommandContext } from './context.ts';

export const lintHelp = `schema-studio lint <source> [--format text|json] [--fail-on error|warning|info|never] [--rule id=off|error|warning|info ...] [--config FILE] [--shadow URL] [--dialect D]
  Runs the advisor's rules on the schema and prints the findings (rule, object, message, why, whether a fix
  exists). Exit 1 when a finding reaches --fail-on (default error), else 0. On a postgres:// or mysql:// URL it
  also reads live statistics: row estimates and sequence headroom raise the rules' severities, and unused or
  invalid indexes, sequential scans on large tables and sequences near their limit are reported.
  Rule settings and failOn may also come from schema-studio.json ("lint"); flags win.`;

export async function lintCommand(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'lint',
    argv,
    {
      format: { type: 'string' },
      'fail-on': { type: 'string' },
      rule: { type: 'string', multiple: true },
      config: { type: 'string' },
      shadow: { type: 'string' },
      dialect: { type: 'string' },
    },
    ['source'],
  );
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json')
    throw new UsageError(`lint: --format must be text or json, got "${format}"`);
  // Everything the person typed is checked before the (possibly slow) source is read.
  const config = checkLintConfig(await readConfigFile(values.config));
  const rules = { ...config.rules, ...parseRuleFlags(values.rule) };
  const failOn: FailOn =
    values['fail-on'] === undefined
      ? (config.failOn ?? 'error')
      : parseFailOn(values['fail-on'], 'lint: --fail-on');
  const spec = positionals[0] ?? '';
  const model = await loadSource(spec, {
    shadowUrl: values.shadow,
    dialect: parseDialect(values.dialect),
    onProgress: ctx.progress,
  });
  const stats = isLiveSource(spec) ? await tryReadStats(spec, ctx) : undefined;
  const report: LintReport = {
    findings: findingsFor(model, rules, stats),
    failOn,
    ...(stats && { liveStatsAt: stats.collectedAt }),
  };
  ctx.stdout(format === 'json' ? jsonReport(report) : textReport(report));
  const failed = failing(report).length;
  if (failed === 0) return EXIT.ok;
  ctx.stderr(`schema-studio: ${failed} finding${failed === 1 ? '' : 's'} at or above ${failOn}\n`);
  return EXIT.failed;
}

/**
 * Statistics help but are not needed: a server that refuses them (permissions, a timeout under load) leaves
 * the model rules to run alone, with a note on stderr rather than a failed lint.
 */
async function tryReadStats(url: string, ctx: CommandContext): Promise<LiveStats | undefined> {
  ctx.progress('reading live statistics');
  try {
    return await readStats(url);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    ctx.stderr(`schema-studio: live statistics not read (${reason}); linting the model alone\n`);
    return undefined;
  }
}

function findingsFor(
  model: SchemaModel,
  rules: Readonly<Record<string, RuleSetting>>,
  stats: LiveStats | undefined,
): Finding[] {
  const found = lintModel(model, { rules, ...(stats && { live: liveFacts(stats) }) });
  if (!stats) return found;
  return [...found, ...liveFindings(model, stats, rules, found)].sort(byObject);
}

/** Object order as `lintModel` sorts (schema, table, object); stable, so rule order stays within an object. */
function byObject(a: Finding, b: Finding): number {
  const key = (f: Finding) => [
    f.object.schema,
    f.object.table ?? f.object.name,
    f.object.table === undefined ? '' : f.object.name,
  ];
  const [x, y] = [key(a), key(b)];
  for (let i = 0; i < x.length; i++) {
    const c = compareStrings(x[i] ?? '', y[i] ?? '');
    if (c !== 0) return c;
  }
  return 0;
}
