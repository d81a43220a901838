/**
 * `@schema-studio/lint`: advisor rules over the schema model. `lintModel(model, options)` returns findings,
 * each with the rule, severity, object, message, why it matters and, where one exists, a fix as model edits for
 * `applyEdits`. Pure and browser-safe; live statistics come in as data (`options.live`).
 */

export { shortBytes } from './format.ts';
export { lintModel } from './lint.ts';
export { LIVE_RULES, type LiveRule, liveFindings } from './live/live-rules.ts';
export { liveFacts } from './live-facts.ts';
export { RULES } from './rules/index.ts';
export type {
  Finding,
  FindingObject,
  LintOptions,
  LiveFacts,
  ObjectKind,
  Rule,
  RuleSetting,
  Severity,
} from './types.ts';
