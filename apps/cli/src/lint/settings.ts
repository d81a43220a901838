import { LIVE_RULES, RULES, type RuleSetting, type Severity } from '@schema-studio/lint';
import { type ConfigFile, configSection, isObject } from '../config-file.ts';
import { UsageError } from '../errors.ts';

/** `--fail-on`: the least severe finding that fails the run; `never` reports without failing. */
export type FailOn = Severity | 'never';

/** The `lint` part of `schema-studio.json`. */
export interface LintConfig {
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  readonly failOn?: FailOn;
}

const SETTINGS: readonly RuleSetting[] = ['off', 'error', 'warning', 'info'];
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'info', 'never'];

/** Every rule id a setting may name: the model rules and the CLI's live-statistics checks. */
export function knownRuleIds(): string[] {
  return [...RULES.map((r) => r.id), ...LIVE_RULES.map((r) => r.id)];
}

function checkRule(id: string, setting: unknown, where: string): RuleSetting {
  if (!knownRuleIds().includes(id))
    throw new UsageError(`${where}: unknown rule "${id}" (one of ${knownRuleIds().join(', ')})`);
  if (!SETTINGS.includes(setting as RuleSetting))
    throw new UsageError(
      `${where}: rule ${id} must be one of ${SETTINGS.join(', ')}, got "${String(setting)}"`,
    );
  return setting as RuleSetting;
}

export function parseFailOn(value: unknown, where: string): FailOn {
  if (FAIL_ON.includes(value as FailOn)) return value as FailOn;
  throw new UsageError(`${where} must be one of ${FAIL_ON.join(', ')}, got "${String(value)}"`);
}

/** `--rule id=setting`, repeatable; a later flag for the same rule wins, as flags read left to right. */
export function parseRuleFlags(flags: readonly string[] | undefined): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  for (const flag of flags ?? []) {
    const match = /^([^=]+)=(.*)$/.exec(flag);
    if (!match) throw new UsageError(`lint: --rule expects id=off|error|warning|info, got "${flag}"`);
    const [, id = '', setting] = match;
    rules[id.trim()] = checkRule(id.trim(), setting?.trim(), 'lint: --rule');
  }
  return rules;
}

/** The `lint` section of the config file; anything malformed is a usage error naming the field. */
export function checkLintConfig(config: ConfigFile): LintConfig {
  const lint = configSection(config, 'lint', ['rules', 'failOn']);
  const rules: Record<string, RuleSetting> = {};
  if (lint.rules !== undefined) {
    if (!isObject(lint.rules))
      throw new UsageError(`${config.file}: lint.rules must map rule ids to settings`);
    for (const [id, setting] of Object.entries(lint.rules))
      rules[id] = checkRule(id, setting, `${config.file}: lint.rules`);
  }
  return {
    rules,
    ...(lint.failOn !== undefined && { failOn: parseFailOn(lint.failOn, `${config.file}: lint.failOn`) }),
  };
}

const RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

/** Whether a finding of `severity` reaches the `--fail-on` threshold. */
export function fails(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'never' && RANK[severity] >= RANK[failOn];
}
