import { compareStrings, type SchemaModel, type TableDef } from '@schema-studio/schema';
import { RULES } from './rules/index.ts';
import type { Finding, LintOptions, Rule, RuleContext, RuleFinding, RuleSetting } from './types.ts';

/** What a rule sees of a model; also used by the live rules to offer the same fixes as the model rules. */
export function contextOf(model: SchemaModel, options: LintOptions = {}): RuleContext {
  const tables = new Map<string, TableDef>(model.tables.map((t) => [`${t.schema}\0${t.name}`, t]));
  return {
    model,
    dialect: model.dialect,
    live: options.live ?? {},
    table: (schema, name) => tables.get(`${schema}\0${name}`),
  };
}

/** A setting in the options wins; otherwise a finding's own (live) severity, then the rule's default. */
function stamp(rule: Rule, setting: RuleSetting | undefined, found: RuleFinding): Finding {
  const severity = setting ?? found.severity ?? rule.defaultSeverity;
  return { ...found, rule: rule.id, severity: severity === 'off' ? 'info' : severity };
}

const order = (f: Finding) => [
  f.object.schema,
  f.object.table ?? f.object.name,
  f.object.table === undefined ? '' : f.object.name,
];

/** Findings sorted by table, then object, then rule order, so equal models give equal lists. */
function compareFindings(a: Finding, b: Finding): number {
  const [x, y] = [order(a), order(b)];
  for (let i = 0; i < x.length; i++) {
    const c = compareStrings(x[i] ?? '', y[i] ?? '');
    if (c !== 0) return c;
  }
  return RULES.findIndex((r) => r.id === a.rule) - RULES.findIndex((r) => r.id === b.rule);
}

/**
 * The advisor's findings on a model: each enabled rule's, sorted by object. Pure: the live facts (row
 * estimates, sequence headroom) come in through `options.live` when the caller has read them.
 */
export function lintModel(model: SchemaModel, options: LintOptions = {}): Finding[] {
  const context = contextOf(model, options);
  const findings = RULES.flatMap((rule) => {
    const setting = options.rules?.[rule.id];
    if ((setting ?? rule.defaultSeverity) === 'off') return [];
    return rule.check(context).map((found) => stamp(rule, setting, found));
  });
  return findings.sort(compareFindings);
}
