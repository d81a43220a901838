/**
 * Puts changes in an order PostgreSQL accepts. Phases: drops (dependents first), renames, creates and alters
 * (dependencies first), comments, then drops of objects that altered columns may still have used until then
 * (routines, sequences, types, extensions, schemas). Within a phase, dependencies between changes of the same
 * kind (views on views, domains on types, partitions on parents) are resolved by a stable topological sort.
 */
import {
  type Change,
  type ChangeKind,
  type ChangeOf,
  mentionsObject,
  referencedTypeKey,
  topoSort,
} from '@schema-studio/diff';
import { qualifiedKey, routineKey, type SchemaModel } from '@schema-studio/schema';

const PHASES = [
  'drop.triggers',
  'drop.policies',
  'drop.views',
  'drop.foreignKeys',
  'drop.indexes',
  'drop.constraints',
  'drop.domainChecks',
  'drop.ownership',
  'drop.partitionLinks',
  'drop.columns',
  'drop.routinesOnTables',
  'drop.tables',
  'drop.recreatedRoutines',
  'drop.recreatedTypes',
  'drop.recreatedCollations',
  'rename.objects',
  'rename.parts',
  'create.schemas',
  'create.extensions',
  'create.collations',
  'create.types',
  'replace.enums',
  'create.typesOverTypes',
  'create.sequences',
  'create.routines',
  'create.domainChecks',
  'create.tables',
  'alter.tables',
  'create.routinesAfterTables',
  'alter.ownership',
  'create.constraints',
  'create.indexes',
  'create.foreignKeys',
  'alter.replicaIdentity',
  'create.views',
  'create.viewIndexes',
  'create.routinesAfterViews',
  'create.triggers',
  'create.policies',
  'alter.rowLevelSecurity',
  'comments',
  'drop.routines',
  'drop.sequences',
  'drop.types',
  'drop.collations',
  'drop.extensions',
  'drop.schemas',
] as const;

type Phase = (typeof PHASES)[number];

/** What phase assignment needs to know about the plan as a whole. */
interface PlanFacts {
  readonly createdTables: readonly { readonly schema: string; readonly name: string }[];
  readonly droppedTables: readonly { readonly schema: string; readonly name: string }[];
  readonly createdViews: readonly { readonly schema: string; readonly name: string }[];
  readonly viewKeys: ReadonlySet<string>;
}

type PhaseOf = { readonly [K in ChangeKind]: Phase | ((change: ChangeOf<K>, facts: PlanFacts) => Phase) };

const recreatedOr = (recreated: boolean, early: Phase, late: Phase) => (recreated ? early : late);

/** SQL functions are checked when created: one naming a table or view of this plan must follow it. */
function routinePhase(definition: string, facts: PlanFacts): Phase {
  const mentions = (objects: PlanFacts['createdViews']) =>
    objects.some((o) => mentionsObject(definition, o.schema, o.name));
  if (mentions(facts.createdViews)) return 'create.routinesAfterViews';
  return mentions(facts.createdTables) ? 'create.routinesAfterTables' : 'create.routines';
}

/**
 * A routine taking or returning a table's row type depends on the table: it must be dropped before a table
 * the plan drops. Otherwise a routine is dropped late (columns being altered may still use it), or early
 * when it is created again under the same signature.
 */
function routineDropPhase({ routine: r, recreated }: ChangeOf<'function.drop'>, facts: PlanFacts): Phase {
  const signature = `${r.args} ${r.returns ?? ''}`;
  if (facts.droppedTables.some((t) => mentionsObject(signature, t.schema, t.name)))
    return 'drop.routinesOnTables';
  return recreatedOr(recreated, 'drop.recreatedRoutines', 'drop.routines');
}

const PHASE_OF: PhaseOf = {
  'schema.create': 'create.schemas',
  'schema.drop': 'drop.schemas',
  'extension.create': 'create.extensions',
  'extension.drop': 'drop.extensions',
  'extension.setSchema': 'create.extensions',
  'collation.create': 'create.collations',
  'collation.drop': (c) => recreatedOr(c.recreated, 'drop.recreatedCollations', 'drop.collations'),
  'enum.create': 'create.types',
  'enum.drop': (c) => recreatedOr(c.recreated, 'drop.recreatedTypes', 'drop.types'),
  'enum.rename': 'rename.objects',
  'enum.addValue': 'create.types',
  // Enum replacements run after types stop using the enum (its old copy must be droppable) and before types
  // start using it (they must use the new copy): types built over other types are created after them.
  'enum.replace': 'replace.enums',
  'domain.create': 'create.typesOverTypes',
  'domain.drop': (c) => recreatedOr(c.recreated, 'drop.recreatedTypes', 'drop.types'),
  'domain.setDefault': 'create.types',
  'domain.setNotNull': 'create.types',
  // Domain checks may call routines: they go before routines are dropped and after routines are created.
  'domain.addCheck': 'create.domainChecks',
  'domain.dropCheck': 'drop.domainChecks',
  'composite.create': 'create.typesOverTypes',
  'composite.drop': (c) => recreatedOr(c.recreated, 'drop.recreatedTypes', 'drop.types'),
  'composite.addAttribute': 'create.typesOverTypes',
  'composite.dropAttribute': 'create.types',
  'composite.alterAttribute': 'create.typesOverTypes',
  'range.create': 'create.typesOverTypes',
  'range.drop': (c) => recreatedOr(c.recreated, 'drop.recreatedTypes', 'drop.types'),
  'sequence.create': 'create.sequences',
  'sequence.drop': 'drop.sequences',
  'sequence.rename': 'rename.objects',
  'sequence.alter': 'create.sequences',
  // Disowning must happen before the old owner column goes, or the sequence would go with it.
  'sequence.setOwnedBy': (c) => (c.owner ? 'alter.ownership' : 'drop.ownership'),
  'function.create': (c, facts) => routinePhase(c.routine.definition, facts),
  'function.replace': (c, facts) => routinePhase(c.to.definition, facts),
  'function.drop': routineDropPhase,
  'table.create': 'create.tables',
  'table.drop': 'drop.tables',
  'table.rename': 'rename.objects',
  'table.setLogged': 'alter.tables',
  'table.setRowLevelSecurity': 'alter.rowLevelSecurity',
  'table.setForceRowLevelSecurity': 'alter.rowLevelSecurity',
  'table.setReplicaIdentity': 'alter.replicaIdentity',
  'table.setOptions': 'alter.tables',
  'table.attachPartition': 'alter.tables',
  'table.detachPartition': 'drop.partitionLinks',
  'column.add': 'alter.tables',
  'column.drop': 'drop.columns',
  'column.rename': 'rename.parts',
  'column.alterType': 'alter.tables',
  'column.setNullable': 'alter.tables',
  'column.setDefault': 'alter.tables',
  'column.identity': 'alter.tables',
  'constraint.add': (c) => (c.constraint.type === 'foreignKey' ? 'create.foreignKeys' : 'create.constraints'),
  'constraint.drop': (c) => (c.constraint.type === 'foreignKey' ? 'drop.foreignKeys' : 'drop.constraints'),
  'constraint.rename': 'rename.parts',
  'constraint.validate': 'create.foreignKeys',
  'index.create': (c, facts) =>
    facts.viewKeys.has(qualifiedKey(c.schema, c.table)) ? 'create.viewIndexes' : 'create.indexes',
  'index.drop': 'drop.indexes',
  'index.rename': 'rename.parts',
  'trigger.create': 'create.triggers',
  'trigger.drop': 'drop.triggers',
  'trigger.setEnabled': 'create.triggers',
  'policy.create': 'create.policies',
  'policy.drop': 'drop.policies',
  'policy.alter': 'create.policies',
  'view.create': 'create.views',
  'view.drop': 'drop.views',
  'view.rename': 'rename.objects',
  'comment.set': 'comments',
};

function phaseOf(change: Change, facts: PlanFacts): Phase {
  const rule = PHASE_OF[change.kind] as Phase | ((c: Change, f: PlanFacts) => Phase);
  return typeof rule === 'function' ? rule(change, facts) : rule;
}

/** The key a change creates or drops, and the keys it needs, for sorting within a phase. */
interface Node {
  readonly change: Change;
  readonly key: string;
  readonly deps: readonly string[];
}

const typeDeps = (...types: (string | undefined)[]) =>
  types.flatMap((t) => (t === undefined ? [] : [referencedTypeKey(t) ?? ''])).filter((k) => k !== '');

function nodeOf(change: Change, index: number): Node {
  const plain = { change, key: `#${index}`, deps: [] };
  switch (change.kind) {
    case 'enum.create':
    case 'enum.drop':
      return { change, key: qualifiedKey(change.enum.schema, change.enum.name), deps: [] };
    case 'domain.create':
    case 'domain.drop':
      return {
        change,
        key: qualifiedKey(change.domain.schema, change.domain.name),
        deps: typeDeps(change.domain.type),
      };
    case 'composite.create':
    case 'composite.drop': {
      const c = change.composite;
      return {
        change,
        key: qualifiedKey(c.schema, c.name),
        deps: typeDeps(...c.attributes.map((a) => a.type)),
      };
    }
    case 'range.create':
    case 'range.drop':
      return {
        change,
        key: qualifiedKey(change.range.schema, change.range.name),
        deps: typeDeps(change.range.subtype),
      };
    case 'table.create':
    case 'table.drop': {
      const t = change.table;
      const parent = t.partitionOf ? [qualifiedKey(t.partitionOf.schema, t.partitionOf.table)] : [];
      const referenced =
        change.kind === 'table.drop'
          ? t.foreignKeys.map((fk) => qualifiedKey(fk.refSchema, fk.refTable))
          : [];
      return { change, key: qualifiedKey(t.schema, t.name), deps: [...parent, ...referenced] };
    }
    case 'view.create':
    case 'view.drop':
      return { change, key: qualifiedKey(change.view.schema, change.view.name), deps: change.view.dependsOn };
    case 'function.create':
    case 'function.drop':
    case 'function.replace': {
      const r = change.kind === 'function.replace' ? change.to : change.routine;
      return { change, key: routineKey(r.schema, r.name, r.args), deps: [] };
    }
    default:
      return plain;
  }
}

const routineOf = (change: Change) =>
  change.kind === 'function.create' || change.kind === 'function.drop' ? change.routine : undefined;

/**
 * Routines whose definitions name another routine of the same phase depend on it (an aggregate on its
 * state function): created after it, dropped before it.
 */
function routineDeps(nodes: readonly Node[]): Node[] {
  const routines = nodes.flatMap((n) => {
    const routine = routineOf(n.change);
    return routine ? [{ key: n.key, routine }] : [];
  });
  return nodes.map((n) => {
    const definition = routineOf(n.change)?.definition;
    if (definition === undefined) return n;
    const deps = routines
      .filter((r) => r.key !== n.key && mentionsObject(definition, r.routine.schema, r.routine.name))
      .map((r) => r.key);
    return { ...n, deps };
  });
}

const DROP_PHASES: ReadonlySet<Phase> = new Set([
  'drop.views',
  'drop.routinesOnTables',
  'drop.tables',
  'drop.recreatedRoutines',
  'drop.recreatedTypes',
  'drop.routines',
  'drop.types',
]);

const ROUTINE_PHASES: ReadonlySet<Phase> = new Set([
  'drop.routinesOnTables',
  'drop.recreatedRoutines',
  'drop.routines',
  'create.routines',
  'create.routinesAfterTables',
  'create.routinesAfterViews',
]);

function sortPhase(phase: Phase, nodes: readonly Node[]): Change[] {
  const withDeps = ROUTINE_PHASES.has(phase) ? routineDeps(nodes) : nodes;
  // Drops go dependents first; creates go dependencies first.
  const sorted = DROP_PHASES.has(phase)
    ? reverseDependencies(withDeps)
    : topoSort(
        withDeps,
        (n) => n.key,
        (n) => n.deps,
      );
  return sorted.map((n) => n.change);
}

/** Dependents before what they depend on, otherwise in the original order. */
function reverseDependencies(nodes: readonly Node[]): Node[] {
  const dependents = new Map<string, string[]>();
  for (const n of nodes)
    for (const d of n.deps) if (d !== n.key) dependents.set(d, [...(dependents.get(d) ?? []), n.key]);
  return topoSort(
    nodes,
    (n) => n.key,
    (n) => dependents.get(n.key) ?? [],
  );
}

export function orderChanges(changes: readonly Change[], to: SchemaModel): Change[] {
  const facts: PlanFacts = {
    createdTables: changes.flatMap((c) => (c.kind === 'table.create' ? [c.table] : [])),
    droppedTables: changes.flatMap((c) => (c.kind === 'table.drop' ? [c.table] : [])),
    createdViews: changes.flatMap((c) => (c.kind === 'view.create' ? [c.view] : [])),
    viewKeys: new Set(to.views.map((v) => qualifiedKey(v.schema, v.name))),
  };
  const byPhase = new Map<Phase, Node[]>(PHASES.map((p) => [p, []]));
  changes.forEach((change, i) => {
    byPhase.get(phaseOf(change, facts))?.push(nodeOf(change, i));
  });
  return PHASES.flatMap((phase) => sortPhase(phase, byPhase.get(phase) ?? []));
}

/**
 * Tables that reference each other in a cycle cannot be dropped one by one: a table still referenced by one
 * dropped later gets that foreign key dropped explicitly first.
 */
export function breakDropCycles(ordered: readonly Change[]): Change[] {
  const drops = ordered.flatMap((c) => (c.kind === 'table.drop' ? [c] : []));
  const position = new Map(drops.map((d, i) => [qualifiedKey(d.table.schema, d.table.name), i] as const));
  const extra: Change[] = drops.flatMap((d, i) =>
    d.table.foreignKeys
      .filter((fk) => (position.get(qualifiedKey(fk.refSchema, fk.refTable)) ?? i) < i)
      .map(
        (def): Change => ({
          kind: 'constraint.drop',
          schema: d.table.schema,
          table: d.table.name,
          constraint: { type: 'foreignKey', def },
        }),
      ),
  );
  const first = ordered.findIndex((c) => c.kind === 'table.drop');
  return first === -1 || extra.length === 0
    ? [...ordered]
    : [...ordered.slice(0, first), ...extra, ...ordered.slice(first)];
}
