import type { TableDef } from '@schema-studio/schema';
import type { Change, RelationRef, TableConstraint } from './changes.ts';
import { commentChange } from './comments.ts';
import type { TablePair } from './context.ts';
import type { Pairing } from './pairing.ts';

/** Every constraint of a table, keys first so that foreign keys find their referenced keys. */
export function allConstraints(table: TableDef): TableConstraint[] {
  return [
    ...(table.primaryKey ? [{ type: 'primaryKey' as const, def: table.primaryKey }] : []),
    ...table.uniques.map((def) => ({ type: 'unique' as const, def })),
    ...table.checks.map((def) => ({ type: 'check' as const, def })),
    ...table.exclusions.map((def) => ({ type: 'exclusion' as const, def })),
    ...table.foreignKeys.map((def) => ({ type: 'foreignKey' as const, def })),
  ];
}

/**
 * Whether CREATE TABLE declares the constraint inline. Foreign keys are added once every table exists;
 * a NOT VALID check is added afterwards, since CREATE TABLE would mark it valid.
 */
export function isInlineConstraint(constraint: TableConstraint): boolean {
  if (constraint.type === 'foreignKey') return false;
  return !(constraint.type === 'check' && constraint.def.notValid);
}

const refOf = (t: TableDef): RelationRef => ({ schema: t.schema, table: t.name });

function constraintComment(
  table: RelationRef,
  name: string,
  from: string | undefined,
  to: string | undefined,
) {
  return commentChange({ type: 'constraint', schema: table.schema, table: table.table, name }, from, to);
}

export function newTableConstraintChanges(table: TableDef): Change[] {
  const ref = refOf(table);
  return allConstraints(table).flatMap((constraint): Change[] => [
    ...(isInlineConstraint(constraint) ? [] : [{ kind: 'constraint.add' as const, ...ref, constraint }]),
    ...constraintComment(ref, constraint.def.name, undefined, constraint.def.comment),
  ]);
}

type Def = TableConstraint['def'];

export function diffTableConstraints(pair: TablePair): Change[] {
  const groups: [TableConstraint['type'], Pairing<Def>][] = [
    ['primaryKey', pair.primaryKey],
    ['unique', pair.uniques],
    ['check', pair.checks],
    ['exclusion', pair.exclusions],
    ['foreignKey', pair.foreignKeys],
  ];
  return groups.flatMap(([type, pairing]) =>
    diffGroup(pair, pairing, (def) => ({ type, def }) as TableConstraint),
  );
}

function diffGroup(pair: TablePair, pairing: Pairing<Def>, wrap: (def: Def) => TableConstraint): Change[] {
  const fromRef = refOf(pair.from);
  const toRef = refOf(pair.to);
  return [
    ...pairing.dropped.map((def): Change => ({ kind: 'constraint.drop', ...fromRef, constraint: wrap(def) })),
    ...pairing.renamed.map(
      ([a, b]): Change => ({ kind: 'constraint.rename', ...toRef, from: a.name, to: b.name }),
    ),
    ...pairing.added.flatMap((def): Change[] => [
      { kind: 'constraint.add', ...toRef, constraint: wrap(def) },
      ...constraintComment(toRef, def.name, undefined, def.comment),
    ]),
    ...pairing.matched.flatMap(([a, b]): Change[] => [
      ...(validated(a, b) ? [{ kind: 'constraint.validate' as const, ...toRef, name: b.name }] : []),
      ...constraintComment(toRef, b.name, a.comment, b.comment),
    ]),
  ];
}

function validated(a: Def, b: Def): boolean {
  return 'notValid' in a && !!a.notValid && !('notValid' in b && b.notValid);
}
