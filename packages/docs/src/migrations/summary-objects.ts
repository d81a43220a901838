/** Summary lines for changes to schemas, extensions, collations, types, sequences and routines. */
import type {
  ChangeKind,
  ChangeOf,
  NamespaceChange,
  RoutineChange,
  SequenceChange,
  TypeChange,
} from '@schema-studio/diff';
import type { RoutineKind } from '@schema-studio/schema';
import { code } from '../markdown.ts';
import { objectName } from '../names.ts';

export type Summaries<K extends ChangeKind> = { readonly [P in K]: (change: ChangeOf<P>) => string };

/** `schema.name` as code. */
export const named = (o: { readonly schema: string; readonly name: string }) =>
  code(objectName(o.schema, o.name));

export const NAMESPACE_SUMMARIES: Summaries<NamespaceChange['kind']> = {
  'schema.create': (c) => `Create schema ${code(c.schema.name)}`,
  'schema.drop': (c) => `Drop schema ${code(c.schema.name)}`,
  'extension.create': (c) =>
    `Install extension ${code(c.extension.name)} in schema ${code(c.extension.schema)}`,
  'extension.drop': (c) => `Remove extension ${code(c.extension.name)}`,
  'extension.setSchema': (c) =>
    `Move extension ${code(c.extension.name)} to schema ${code(c.extension.schema)}`,
  'collation.create': (c) => `Create collation ${named(c.collation)}`,
  'collation.drop': (c) => `Drop collation ${named(c.collation)}`,
};

export const TYPE_SUMMARIES: Summaries<TypeChange['kind']> = {
  'enum.create': (c) => `Create enum ${named(c.enum)} (${c.enum.values.map(code).join(', ')})`,
  'enum.drop': (c) => `Drop enum ${named(c.enum)}`,
  'enum.rename': (c) => `Rename enum ${code(objectName(c.schema, c.from))} to ${code(c.to)}`,
  'enum.addValue': (c) => {
    const place =
      c.before !== undefined
        ? ` before ${code(c.before)}`
        : c.after !== undefined
          ? ` after ${code(c.after)}`
          : '';
    return `Add value ${code(c.value)} to enum ${named(c.enum)}${place}`;
  },
  'enum.replace': (c) =>
    `Replace enum ${named(c.to)}: values ${c.from.values.map(code).join(', ')} become ${c.to.values.map(code).join(', ')}` +
    (c.columns.length > 0 ? `, converting ${plural(c.columns.length, 'column')}` : ''),
  'domain.create': (c) => `Create domain ${named(c.domain)} over ${code(c.domain.type)}`,
  'domain.drop': (c) => `Drop domain ${named(c.domain)}`,
  'domain.setDefault': (c) =>
    c.default === undefined
      ? `Drop the default of domain ${named(c.domain)}`
      : `Set the default of domain ${named(c.domain)} to ${code(c.default)}`,
  'domain.setNotNull': (c) => `Make domain ${named(c.domain)} ${c.notNull ? 'NOT NULL' : 'nullable'}`,
  'domain.addCheck': (c) => `Add check ${code(c.check.name)} to domain ${named(c.domain)}`,
  'domain.dropCheck': (c) => `Drop check ${code(c.check.name)} from domain ${named(c.domain)}`,
  'composite.create': (c) => `Create composite type ${named(c.composite)}`,
  'composite.drop': (c) => `Drop composite type ${named(c.composite)}`,
  'composite.addAttribute': (c) =>
    `Add attribute ${code(c.attribute.name)} to composite type ${named(c.composite)}`,
  'composite.dropAttribute': (c) =>
    `Drop attribute ${code(c.attribute.name)} from composite type ${named(c.composite)}`,
  'composite.alterAttribute': (c) =>
    `Change attribute ${code(c.attribute.name)} of composite type ${named(c.composite)} to ${code(c.attribute.type)}`,
  'range.create': (c) => `Create range type ${named(c.range)} over ${code(c.range.subtype)}`,
  'range.drop': (c) => `Drop range type ${named(c.range)}`,
};

export const SEQUENCE_SUMMARIES: Summaries<SequenceChange['kind']> = {
  'sequence.create': (c) => `Create sequence ${named(c.sequence)}`,
  'sequence.drop': (c) => `Drop sequence ${named(c.sequence)}`,
  'sequence.rename': (c) => `Rename sequence ${code(objectName(c.schema, c.from))} to ${code(c.to)}`,
  'sequence.alter': (c) => `Change the options of sequence ${named(c.to)}`,
  'sequence.setOwnedBy': (c) =>
    c.owner === undefined
      ? `Detach sequence ${named(c.sequence)} from its column`
      : `Attach sequence ${named(c.sequence)} to column ${code(`${objectName(c.owner.schema, c.owner.table)}.${c.owner.column}`)}`,
};

export const ROUTINE_SUMMARIES: Summaries<RoutineChange['kind']> = {
  'function.create': (c) => `Create ${routineWord(c.routine.kind)} ${routine(c.routine)}`,
  'function.drop': (c) => `Drop ${routineWord(c.routine.kind)} ${routine(c.routine)}`,
  'function.replace': (c) => `Replace ${routineWord(c.to.kind)} ${routine(c.to)}`,
};

function routine(r: { readonly schema: string; readonly name: string; readonly args: string }): string {
  return code(`${objectName(r.schema, r.name)}(${r.args})`);
}

function routineWord(kind: RoutineKind): string {
  return kind === 'window' ? 'window function' : kind;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
