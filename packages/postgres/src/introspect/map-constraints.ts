import type {
  CheckDef,
  ExclusionDef,
  FkAction,
  ForeignKeyDef,
  PrimaryKeyDef,
  TableDef,
  UniqueDef,
} from '@schema-studio/schema';
import type { ConstraintRow } from './constraints.sql.ts';
import { flag, opt } from './optional.ts';

const FK_ACTIONS: Record<string, FkAction> = {
  a: 'no action',
  r: 'restrict',
  c: 'cascade',
  n: 'set null',
  d: 'set default',
};

const FK_MATCH: Record<string, ForeignKeyDef['match']> = { f: 'full', p: 'partial', s: 'simple' };

/** Clauses pg_get_constraintdef may append after a CHECK's closing parenthesis; the flags carry them. */
const CHECK_SUFFIXES = [' NOT VALID', ' NO INHERIT', ' NOT ENFORCED'];

/**
 * The expression inside `CHECK (...)`: the exact `CHECK (` prefix and the matching final `)` are removed
 * after dropping trailing clauses. This is not SQL parsing: pg_get_constraintdef always produces this shape.
 */
export function checkExpression(definition: string): string {
  let text = definition;
  for (let stripped = true; stripped; ) {
    stripped = false;
    for (const suffix of CHECK_SUFFIXES) {
      if (text.endsWith(suffix)) {
        text = text.slice(0, -suffix.length);
        stripped = true;
      }
    }
  }
  if (!text.startsWith('CHECK (') || !text.endsWith(')')) {
    throw new Error(`unexpected CHECK constraint definition: ${definition}`);
  }
  return text.slice('CHECK ('.length, -1);
}

export function toPrimaryKey(row: ConstraintRow): PrimaryKeyDef {
  return { name: row.name, columns: row.columns, ...opt('comment', row.comment) };
}

export function toForeignKey(row: ConstraintRow): ForeignKeyDef {
  return {
    name: row.name,
    columns: row.columns,
    refSchema: row.ref_schema ?? '',
    refTable: row.ref_table ?? '',
    refColumns: row.ref_columns,
    onUpdate: FK_ACTIONS[row.on_update] ?? 'no action',
    onDelete: FK_ACTIONS[row.on_delete] ?? 'no action',
    match: FK_MATCH[row.match] ?? 'simple',
    deferrable: row.deferrable,
    initiallyDeferred: row.initially_deferred,
    ...flag('notValid', !row.validated),
    ...opt('comment', row.comment),
  };
}

export function toUnique(row: ConstraintRow): UniqueDef {
  return {
    name: row.name,
    columns: row.columns,
    ...flag('nullsNotDistinct', row.nulls_not_distinct),
    ...flag('deferrable', row.deferrable),
    ...flag('initiallyDeferred', row.initially_deferred),
    ...opt('comment', row.comment),
  };
}

/** The catalog renders definitions for checks and exclusions only; a missing one is a bug in the query. */
function definitionOf(row: ConstraintRow): string {
  if (row.definition === null) throw new Error(`constraint ${row.name} came without its definition`);
  return row.definition;
}

export function toCheck(row: ConstraintRow): CheckDef {
  return {
    name: row.name,
    expression: checkExpression(definitionOf(row)),
    ...flag('notValid', !row.validated),
    ...flag('noInherit', row.no_inherit),
    ...opt('comment', row.comment),
  };
}

export function toExclusion(row: ConstraintRow): ExclusionDef {
  return { name: row.name, definition: definitionOf(row), ...opt('comment', row.comment) };
}

/** The constraint parts of a TableDef, from that table's constraint rows. */
export function tableConstraints(
  rows: readonly ConstraintRow[],
): Pick<TableDef, 'primaryKey' | 'foreignKeys' | 'uniques' | 'checks' | 'exclusions'> {
  const pk = rows.find((r) => r.type === 'p');
  return {
    ...(pk ? { primaryKey: toPrimaryKey(pk) } : {}),
    foreignKeys: rows.filter((r) => r.type === 'f').map(toForeignKey),
    uniques: rows.filter((r) => r.type === 'u').map(toUnique),
    checks: rows.filter((r) => r.type === 'c').map(toCheck),
    exclusions: rows.filter((r) => r.type === 'x').map(toExclusion),
  };
}
