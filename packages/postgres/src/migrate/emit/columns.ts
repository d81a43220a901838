import type { ChangeOf } from '@schema-studio/diff';
import type { ColumnDef, IdentityDef } from '@schema-studio/schema';
import { collationRef, qualify, quoteIdent } from '../quote.ts';
import { defaultSequenceOptions, needsRestart, sequenceClauses } from '../sequence-options.ts';
import {
  type EmitContext,
  type EmitterMap,
  exclusiveLock,
  hazard,
  onExisting,
  shown,
  statement,
} from '../statement.ts';
import { classifyTypeChange } from '../type-change.ts';
import { restartHazard } from './sequences.ts';

type Kinds =
  | 'column.add'
  | 'column.drop'
  | 'column.rename'
  | 'column.alterType'
  | 'column.setNullable'
  | 'column.setDefault'
  | 'column.identity';

type On = { readonly schema: string; readonly table: string };
const alterColumn = (on: On, column: string) =>
  `ALTER TABLE ${qualify(on.schema, on.table)} ALTER COLUMN ${quoteIdent(column)}`;
const lockOnly = (context: EmitContext, on: On) =>
  onExisting(context, on, [exclusiveLock(on.schema, on.table)]);

function identityClause(identity: IdentityDef, type: string): string {
  const generation = identity.generation === 'always' ? 'ALWAYS' : 'BY DEFAULT';
  const options = sequenceClauses(identity, defaultSequenceOptions(type, identity.increment));
  return `GENERATED ${generation} AS IDENTITY${options.length ? ` (${options.join(' ')})` : ''}`;
}

/** A column as CREATE TABLE and ADD COLUMN write it. */
export function columnDefinition(c: ColumnDef): string {
  const parts = [quoteIdent(c.name), c.type];
  if (c.collation !== undefined) parts.push(`COLLATE ${collationRef(c.collation)}`);
  if (c.generated !== undefined) parts.push(`GENERATED ALWAYS AS (${c.generated}) STORED`);
  if (c.identity !== undefined) parts.push(identityClause(c.identity, c.type));
  if (c.default !== undefined) parts.push(`DEFAULT ${c.default}`);
  if (!c.nullable) parts.push('NOT NULL');
  return parts.join(' ');
}

/** Defaults PostgreSQL must evaluate per row, which forces a rewrite when a column is added with one. */
const VOLATILE_DEFAULT =
  /\b(nextval|random|clock_timestamp|timeofday|gen_random_uuid|uuid_generate_v[14]\w*|txid_current)\s*\(/i;

function addColumnHazards(on: On, c: ColumnDef) {
  const where = `table ${shown(on.schema, on.table)}`;
  const hazards = [exclusiveLock(on.schema, on.table)];
  if (c.generated !== undefined)
    hazards.push(hazard('TABLE_REWRITE', `rewrites ${where} to compute generated column "${c.name}"`));
  else if (c.identity !== undefined)
    hazards.push(hazard('TABLE_REWRITE', `rewrites ${where} to fill identity column "${c.name}"`));
  else if (c.default !== undefined && VOLATILE_DEFAULT.test(c.default))
    hazards.push(hazard('TABLE_REWRITE', `rewrites ${where} to fill "${c.name}" with a volatile default`));
  else if (!c.nullable && c.default === undefined)
    hazards.push(
      hazard(
        'VALIDATION_SCAN',
        `adds NOT NULL column "${c.name}" without a default: fails unless ${where} is empty`,
      ),
    );
  return hazards;
}

function alterType({ schema, table, from, to }: ChangeOf<'column.alterType'>, context: EmitContext) {
  const on = { schema, table };
  const kind = from.type === to.type ? 'binary' : classifyTypeChange(from.type, to.type);
  const collation = to.collation === undefined ? '' : ` COLLATE ${collationRef(to.collation)}`;
  // A generated column is recomputed from its expression: PostgreSQL refuses a USING clause for it.
  const using =
    kind === 'binary' || to.generated !== undefined ? '' : ` USING ${quoteIdent(to.name)}::${to.type}`;
  const what = `column "${to.name}" of table ${shown(schema, table)} from ${from.type} to ${to.type}`;
  const hazards = [exclusiveLock(schema, table)];
  if (kind !== 'binary')
    hazards.push(hazard('TABLE_REWRITE', `rewrites table ${shown(schema, table)} to convert ${what}`));
  if (kind === 'lossy')
    hazards.push(hazard('DELETES_DATA', `converting ${what} may truncate or reject existing values`));
  return [
    statement(
      `${alterColumn(on, to.name)} TYPE ${to.type}${collation}${using}`,
      onExisting(context, on, hazards),
    ),
  ];
}

function alterIdentity(
  { schema, table, column, type, from, to }: ChangeOf<'column.identity'>,
  context: EmitContext,
) {
  const on = { schema, table };
  const prefix = alterColumn(on, column);
  if (to === undefined) return [statement(`${prefix} DROP IDENTITY`, lockOnly(context, on))];
  if (from === undefined)
    return [statement(`${prefix} ADD ${identityClause(to, type)}`, lockOnly(context, on))];
  const generation =
    from.generation === to.generation
      ? []
      : [`SET GENERATED ${to.generation === 'always' ? 'ALWAYS' : 'BY DEFAULT'}`];
  const restart = needsRestart(from, to);
  const clauses = [...generation, ...sequenceClauses(to, from, 'SET '), ...(restart ? ['RESTART'] : [])];
  const hazards = restart
    ? [restartHazard(`the identity of column "${column}" of table ${shown(schema, table)}`, to.start)]
    : [];
  return [statement(`${prefix} ${clauses.join(' ')}`, [...lockOnly(context, on), ...hazards])];
}

export const columnEmitters: EmitterMap<Kinds> = {
  'column.add': ({ schema, table, column }, context) => [
    statement(
      `ALTER TABLE ${qualify(schema, table)} ADD COLUMN ${columnDefinition(column)}`,
      onExisting(context, { schema, table }, addColumnHazards({ schema, table }, column)),
    ),
  ],
  'column.drop': ({ schema, table, column }) => [
    statement(`ALTER TABLE ${qualify(schema, table)} DROP COLUMN ${quoteIdent(column.name)}`, [
      hazard('DELETES_DATA', `drops column "${column.name}" of table ${shown(schema, table)} and its data`),
      exclusiveLock(schema, table),
    ]),
  ],
  'column.rename': ({ schema, table, from, to }, context) => [
    statement(
      `ALTER TABLE ${qualify(schema, table)} RENAME COLUMN ${quoteIdent(from)} TO ${quoteIdent(to)}`,
      onExisting(context, { schema, table }, [
        exclusiveLock(schema, table),
        hazard(
          'BREAKS_DEPENDENTS',
          `code using column "${from}" of table ${shown(schema, table)} must use "${to}"`,
        ),
      ]),
    ),
  ],
  'column.alterType': alterType,
  'column.setNullable': ({ schema, table, column, nullable }, context) => {
    const on = { schema, table };
    const scan = hazard(
      'VALIDATION_SCAN',
      `scans table ${shown(schema, table)} for nulls in "${column}" under the lock`,
    );
    const hazards = nullable ? [exclusiveLock(schema, table)] : [exclusiveLock(schema, table), scan];
    return [
      statement(
        `${alterColumn(on, column)} ${nullable ? 'DROP' : 'SET'} NOT NULL`,
        onExisting(context, on, hazards),
      ),
    ];
  },
  'column.setDefault': ({ schema, table, column, default: value }, context) => [
    statement(
      `${alterColumn({ schema, table }, column)} ${value === undefined ? 'DROP DEFAULT' : `SET DEFAULT ${value}`}`,
      lockOnly(context, { schema, table }),
    ),
  ],
  'column.identity': alterIdentity,
};
