import type { Dialect, SchemaEdit, SchemaModel, TableDef } from '@schema-studio/schema';

export type Severity = 'error' | 'warning' | 'info';

/** What a rule's severity may be set to in the options; `off` silences it. */
export type RuleSetting = Severity | 'off';

export type ObjectKind = 'table' | 'column' | 'index' | 'constraint' | 'foreignKey' | 'primaryKey' | 'view';

/** The object a finding is about. `table` is set for objects that live on a table (columns, keys, indexes). */
export interface FindingObject {
  readonly kind: ObjectKind;
  /** `''` on MySQL, where objects have no schema. */
  readonly schema: string;
  readonly table?: string;
  readonly name: string;
}

export interface Finding {
  /** Stable, kebab-case rule id (`fk-without-index`). */
  readonly rule: string;
  readonly severity: Severity;
  readonly object: FindingObject;
  readonly message: string;
  /** Why it matters, in one or two sentences. */
  readonly why: string;
  /** Model edits that resolve the finding, for `applyEdits`; absent when no edit can (or should) fix it. */
  readonly fix?: readonly SchemaEdit[];
}

/**
 * Facts read from a live database, which the model alone cannot know. Keys are `schema.table` for tables and
 * `schema.table.column` for key columns (MySQL: schema `''`, so `.film` and `.film.film_id`).
 */
export interface LiveFacts {
  /** Estimated row count per table. */
  readonly rowEstimates?: Readonly<Record<string, number>>;
  /** Share of a key's sequence range still unused, from 0 (exhausted) to 1 (untouched). */
  readonly sequenceHeadroom?: Readonly<Record<string, number>>;
}

export interface LintOptions {
  /** Per-rule severity, or `off`. Rules not named keep their default (the comment rules default to off). */
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  readonly live?: LiveFacts;
}

/** What a rule reports before the linter stamps its id and severity on it. */
export type RuleFinding = Omit<Finding, 'rule' | 'severity'> & {
  /** A rule may raise its own severity for one finding (live facts); the options still override it. */
  readonly severity?: Severity;
};

export interface RuleContext {
  readonly model: SchemaModel;
  readonly dialect: Dialect;
  readonly live: LiveFacts;
  /** A table by schema and name. */
  table(schema: string, name: string): TableDef | undefined;
}

export interface Rule {
  readonly id: string;
  readonly defaultSeverity: RuleSetting;
  /** One line for the rules table. */
  readonly summary: string;
  check(context: RuleContext): RuleFinding[];
}
