import type { SequenceDef } from '@schema-studio/schema';
import { qualify, quoteIdent } from '../quote.ts';
import { defaultSequenceOptions, needsRestart, sequenceClauses } from '../sequence-options.ts';
import { type EmitterMap, hazard, shown, statement } from '../statement.ts';

type Kinds =
  | 'sequence.create'
  | 'sequence.drop'
  | 'sequence.rename'
  | 'sequence.alter'
  | 'sequence.setOwnedBy';

export const sequenceEmitters: EmitterMap<Kinds> = {
  'sequence.create': ({ sequence: s }) => [statement(createSequence(s))],
  'sequence.drop': ({ sequence: s, droppedWithOwner }) =>
    droppedWithOwner
      ? []
      : [
          statement(`DROP SEQUENCE ${qualify(s.schema, s.name)}`, [
            hazard('BREAKS_DEPENDENTS', `drops sequence ${shown(s.schema, s.name)} and its current value`),
          ]),
        ],
  'sequence.rename': ({ schema, from, to }) => [
    statement(`ALTER SEQUENCE ${qualify(schema, from)} RENAME TO ${quoteIdent(to)}`, [
      hazard('BREAKS_DEPENDENTS', `code naming sequence ${shown(schema, from)} must use "${to}"`),
    ]),
  ],
  'sequence.alter': ({ from, to }) => alterSequence(from, to),
  'sequence.setOwnedBy': ({ sequence: s, owner }) => {
    const target = owner ? `${qualify(owner.schema, owner.table)}.${quoteIdent(owner.column)}` : 'NONE';
    return [statement(`ALTER SEQUENCE ${qualify(s.schema, s.name)} OWNED BY ${target}`)];
  },
};

function createSequence(s: SequenceDef): string {
  const unlogged = s.unlogged ? 'UNLOGGED ' : '';
  const clauses = [
    ...(s.type === 'bigint' ? [] : [`AS ${s.type}`]),
    ...sequenceClauses(s, defaultSequenceOptions(s.type, s.increment)),
  ];
  return [`CREATE ${unlogged}SEQUENCE ${qualify(s.schema, s.name)}`, ...clauses].join(' ');
}

/** The hazard of a RESTART: the counter goes back to the start value. */
export function restartHazard(what: string, start: string) {
  return hazard(
    'DELETES_DATA',
    `restarts ${what} at ${start}: its current value is lost and values already used may be issued again`,
  );
}

function alterSequence(from: SequenceDef, to: SequenceDef) {
  const name = qualify(to.schema, to.name);
  const restart = needsRestart(from, to);
  const clauses = [
    ...(from.type === to.type ? [] : [`AS ${to.type}`]),
    ...sequenceClauses(to, from),
    ...(restart ? ['RESTART'] : []),
  ];
  const hazards = restart ? [restartHazard(`sequence ${shown(to.schema, to.name)}`, to.start)] : [];
  return [
    ...(clauses.length ? [statement([`ALTER SEQUENCE ${name}`, ...clauses].join(' '), hazards)] : []),
    ...(!!from.unlogged === !!to.unlogged
      ? []
      : [statement(`ALTER SEQUENCE ${name} SET ${to.unlogged ? 'UNLOGGED' : 'LOGGED'}`)]),
  ];
}
