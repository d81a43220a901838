/** Summary lines for changes to tables and what lives in them, views and comments. */
import type {
  ColumnChange,
  CommentChange,
  CommentTarget,
  ConstraintChange,
  IndexChange,
  RelationRef,
  TableChange,
  TableConstraint,
  TriggerPolicyChange,
  ViewChange,
} from '@schema-studio/diff';
import { code } from '../markdown.ts';
import { objectName } from '../names.ts';
import { named, plural, type Summaries } from './summary-objects.ts';

const rel = (r: RelationRef) => code(objectName(r.schema, r.table));

export const TABLE_SUMMARIES: Summaries<TableChange['kind']> = {
  'table.create': (c) => `Create table ${named(c.table)} (${plural(c.table.columns.length, 'column')})`,
  'table.drop': (c) => `Drop table ${named(c.table)} and its data`,
  'table.rename': (c) => `Rename table ${code(objectName(c.schema, c.from))} to ${code(c.to)}`,
  'table.setLogged': (c) => `Make table ${rel(c)} ${c.unlogged ? 'unlogged' : 'logged'}`,
  'table.setRowLevelSecurity': (c) => `${c.enabled ? 'Enable' : 'Disable'} row-level security on ${rel(c)}`,
  'table.setForceRowLevelSecurity': (c) =>
    `${c.forced ? 'Force' : 'Stop forcing'} row-level security on ${rel(c)} for its owner`,
  'table.setReplicaIdentity': (c) =>
    `Set the replica identity of ${rel(c)} to ${code(c.identity ?? 'default')}`,
  'table.setOptions': (c) => {
    const parts = [
      c.set.length > 0 ? `set ${c.set.map(code).join(', ')}` : '',
      c.reset.length > 0 ? `reset ${c.reset.map(code).join(', ')}` : '',
    ].filter((p) => p !== '');
    return `Change storage options of ${rel(c)}: ${parts.join('; ')}`;
  },
  'table.attachPartition': (c) => `Attach ${rel(c)} as a partition of ${rel(c.parent)}: ${code(c.bound)}`,
  'table.detachPartition': (c) => `Detach partition ${rel(c)} from ${rel(c.parent)}`,
};

export const COLUMN_SUMMARIES: Summaries<ColumnChange['kind']> = {
  'column.add': (c) => `Add column ${code(c.column.name)} to ${rel(c)}`,
  'column.drop': (c) => `Drop column ${code(c.column.name)} from ${rel(c)} and its data`,
  'column.rename': (c) => `Rename column ${code(c.from)} of ${rel(c)} to ${code(c.to)}`,
  'column.alterType': (c) =>
    `Change the type of column ${code(c.to.name)} of ${rel(c)} from ${code(c.from.type)} to ${code(c.to.type)}`,
  'column.setNullable': (c) =>
    `Make column ${code(c.column)} of ${rel(c)} ${c.nullable ? 'nullable' : 'NOT NULL'}`,
  'column.setDefault': (c) =>
    c.default === undefined
      ? `Drop the default of column ${code(c.column)} of ${rel(c)}`
      : `Set the default of column ${code(c.column)} of ${rel(c)} to ${code(c.default)}`,
  'column.identity': (c) => {
    const what = c.from === undefined ? 'Make' : c.to === undefined ? 'Stop' : 'Change';
    const tail = c.to === undefined ? 'being an identity column' : 'an identity column';
    return what === 'Change'
      ? `Change the identity options of column ${code(c.column)} of ${rel(c)}`
      : `${what} column ${code(c.column)} of ${rel(c)} ${tail}`;
  },
};

export const CONSTRAINT_SUMMARIES: Summaries<ConstraintChange['kind']> = {
  'constraint.add': (c) =>
    `Add ${constraintKind(c.constraint)} ${code(c.constraint.def.name)} to ${rel(c)}${constraintDetail(c.constraint)}`,
  'constraint.drop': (c) =>
    `Drop ${constraintKind(c.constraint)} ${code(c.constraint.def.name)} from ${rel(c)}`,
  'constraint.rename': (c) => `Rename constraint ${code(c.from)} of ${rel(c)} to ${code(c.to)}`,
  'constraint.validate': (c) => `Validate constraint ${code(c.name)} of ${rel(c)}`,
};

function constraintKind(c: TableConstraint): string {
  const words = {
    primaryKey: 'primary key',
    foreignKey: 'foreign key',
    unique: 'unique constraint',
    check: 'check constraint',
    exclusion: 'exclusion constraint',
  } as const;
  return words[c.type];
}

/** What the constraint holds, in parentheses: its columns, the table it references, or its expression. */
function constraintDetail(c: TableConstraint): string {
  switch (c.type) {
    case 'primaryKey':
    case 'unique':
      return ` (${c.def.columns.map(code).join(', ')})`;
    case 'foreignKey':
      return ` (${c.def.columns.map(code).join(', ')} → ${code(objectName(c.def.refSchema, c.def.refTable))})`;
    case 'check':
      return ` (${code(c.def.expression)})`;
    case 'exclusion':
      return '';
  }
}

export const INDEX_SUMMARIES: Summaries<IndexChange['kind']> = {
  'index.create': (c) =>
    `Create ${c.index.unique ? 'unique index' : 'index'} ${code(c.index.name)} on ${rel(c)}`,
  'index.drop': (c) => `Drop index ${code(c.index.name)} from ${rel(c)}`,
  'index.rename': (c) => `Rename index ${code(objectName(c.schema, c.from))} to ${code(c.to)}`,
};

export const TRIGGER_POLICY_SUMMARIES: Summaries<TriggerPolicyChange['kind']> = {
  'trigger.create': (c) => `Create trigger ${code(c.trigger.name)} on ${rel(c)}`,
  'trigger.drop': (c) => `Drop trigger ${code(c.trigger.name)} from ${rel(c)}`,
  'trigger.setEnabled': (c) => {
    const state = { D: 'Disable', R: 'Enable (replica only)', A: 'Enable (always)' } as const;
    return `${c.enabled === undefined ? 'Enable' : state[c.enabled]} trigger ${code(c.name)} on ${rel(c)}`;
  },
  'policy.create': (c) => `Create policy ${code(c.policy.name)} on ${rel(c)}`,
  'policy.drop': (c) => `Drop policy ${code(c.policy.name)} from ${rel(c)}`,
  'policy.alter': (c) => `Change policy ${code(c.to.name)} on ${rel(c)}`,
};

export const VIEW_SUMMARIES: Summaries<ViewChange['kind']> = {
  'view.create': (c) => `Create ${viewWord(c.view.materialized)} ${named(c.view)}`,
  'view.drop': (c) => `Drop ${viewWord(c.view.materialized)} ${named(c.view)}`,
  'view.rename': (c) =>
    `Rename ${viewWord(c.materialized)} ${code(objectName(c.schema, c.from))} to ${code(c.to)}`,
};

function viewWord(materialized: boolean): string {
  return materialized ? 'materialized view' : 'view';
}

export const COMMENT_SUMMARIES: Summaries<CommentChange['kind']> = {
  'comment.set': (c) =>
    c.comment === undefined
      ? `Remove the comment on ${commentTarget(c.target)}`
      : `Set the comment on ${commentTarget(c.target)}`,
};

function commentTarget(t: CommentTarget): string {
  switch (t.type) {
    case 'schema':
    case 'extension':
      return `${t.type} ${code(t.name)}`;
    case 'column':
      return `column ${code(t.column)} of ${code(objectName(t.schema, t.table))}`;
    case 'constraint':
    case 'trigger':
    case 'policy':
      return `${t.type} ${code(t.name)} of ${code(objectName(t.schema, t.table))}`;
    case 'domainConstraint':
      return `check ${code(t.name)} of domain ${code(objectName(t.schema, t.domain))}`;
    case 'routine':
      return `${t.routineKind} ${code(`${objectName(t.schema, t.name)}(${t.args})`)}`;
    case 'materializedView':
      return `materialized view ${named(t)}`;
    default:
      return `${t.type} ${named(t)}`;
  }
}
