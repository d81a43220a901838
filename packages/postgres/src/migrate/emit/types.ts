import type { ChangeOf, EnumColumnUse } from '@schema-studio/diff';
import { stripArraySuffix } from '@schema-studio/diff';
import {
  type CheckDef,
  type CompositeAttributeDef,
  type DomainDef,
  qualifiedKey,
  type RangeTypeDef,
} from '@schema-studio/schema';
import { collationRef, qualify, quoteIdent, quoteLiteral } from '../quote.ts';
import { type EmitterMap, exclusiveLock, hazard, shown, statement } from '../statement.ts';

type Kinds =
  | 'enum.create'
  | 'enum.drop'
  | 'enum.rename'
  | 'enum.addValue'
  | 'enum.replace'
  | 'domain.create'
  | 'domain.drop'
  | 'domain.setDefault'
  | 'domain.setNotNull'
  | 'domain.addCheck'
  | 'domain.dropCheck'
  | 'composite.create'
  | 'composite.drop'
  | 'composite.addAttribute'
  | 'composite.dropAttribute'
  | 'composite.alterAttribute'
  | 'range.create'
  | 'range.drop';

const labels = (values: readonly string[]) => values.map(quoteLiteral).join(', ');
const dropsType = (schema: string, name: string, recreated: boolean) =>
  recreated ? [] : [hazard('BREAKS_DEPENDENTS', `drops type ${shown(schema, name)}`)];

export const typeEmitters: EmitterMap<Kinds> = {
  'enum.create': ({ enum: e }) => [
    statement(`CREATE TYPE ${qualify(e.schema, e.name)} AS ENUM (${labels(e.values)})`),
  ],
  'enum.drop': ({ enum: e, recreated }) => [
    statement(`DROP TYPE ${qualify(e.schema, e.name)}`, dropsType(e.schema, e.name, recreated)),
  ],
  'enum.rename': ({ schema, from, to }) => [
    statement(`ALTER TYPE ${qualify(schema, from)} RENAME TO ${quoteIdent(to)}`, [
      hazard('BREAKS_DEPENDENTS', `code naming type ${shown(schema, from)} must use "${to}"`),
    ]),
  ],
  'enum.addValue': ({ enum: e, value, before, after }) => {
    const place =
      before !== undefined
        ? ` BEFORE ${quoteLiteral(before)}`
        : after !== undefined
          ? ` AFTER ${quoteLiteral(after)}`
          : '';
    const sql = `ALTER TYPE ${qualify(e.schema, e.name)} ADD VALUE ${quoteLiteral(value)}${place}`;
    const reason = `adds value ${quoteLiteral(value)} to enum ${shown(e.schema, e.name)}; it is usable only once committed`;
    return [statement(sql, [hazard('NOT_TRANSACTIONAL', reason)], false)];
  },
  'enum.replace': (change) => replaceEnum(change),
  'domain.create': ({ domain }) => [statement(createDomain(domain))],
  'domain.drop': ({ domain: d, recreated }) => [
    statement(`DROP DOMAIN ${qualify(d.schema, d.name)}`, dropsType(d.schema, d.name, recreated)),
  ],
  'domain.setDefault': ({ domain: d, default: value }) => [
    statement(
      `ALTER DOMAIN ${qualify(d.schema, d.name)} ${value === undefined ? 'DROP DEFAULT' : `SET DEFAULT ${value}`}`,
    ),
  ],
  'domain.setNotNull': ({ domain: d, notNull }) => [
    statement(
      `ALTER DOMAIN ${qualify(d.schema, d.name)} ${notNull ? 'SET' : 'DROP'} NOT NULL`,
      notNull
        ? [hazard('VALIDATION_SCAN', `checks every column of domain ${shown(d.schema, d.name)} for nulls`)]
        : [],
    ),
  ],
  'domain.addCheck': ({ domain: d, check }, context) => [
    statement(
      `ALTER DOMAIN ${qualify(d.schema, d.name)} ADD ${checkClause(check)}`,
      check.notValid || context.created.has(qualifiedKey(d.schema, d.name))
        ? []
        : [hazard('VALIDATION_SCAN', `checks every column of domain ${shown(d.schema, d.name)}`)],
    ),
  ],
  'domain.dropCheck': ({ domain: d, check }) => [
    statement(`ALTER DOMAIN ${qualify(d.schema, d.name)} DROP CONSTRAINT ${quoteIdent(check.name)}`),
  ],
  'composite.create': ({ composite: c }) => [
    statement(
      `CREATE TYPE ${qualify(c.schema, c.name)} AS (${c.attributes.map(attributeClause).join(', ')})`,
    ),
  ],
  'composite.drop': ({ composite: c, recreated }) => [
    statement(`DROP TYPE ${qualify(c.schema, c.name)}`, dropsType(c.schema, c.name, recreated)),
  ],
  'composite.addAttribute': ({ composite: c, attribute }) => [
    statement(`ALTER TYPE ${qualify(c.schema, c.name)} ADD ATTRIBUTE ${attributeClause(attribute)}`),
  ],
  'composite.dropAttribute': ({ composite: c, attribute }) => [
    statement(`ALTER TYPE ${qualify(c.schema, c.name)} DROP ATTRIBUTE ${quoteIdent(attribute.name)}`, [
      hazard('DELETES_DATA', `drops attribute "${attribute.name}" of type ${shown(c.schema, c.name)}`),
    ]),
  ],
  'composite.alterAttribute': ({ composite: c, attribute: a }) => [
    statement(
      `ALTER TYPE ${qualify(c.schema, c.name)} ALTER ATTRIBUTE ${quoteIdent(a.name)} TYPE ${a.type}${collate(a.collation)}`,
    ),
  ],
  'range.create': ({ range }) => [statement(createRange(range))],
  'range.drop': ({ range: r, recreated }) => [
    statement(`DROP TYPE ${qualify(r.schema, r.name)}`, dropsType(r.schema, r.name, recreated)),
  ],
};

function collate(collation: string | undefined): string {
  return collation === undefined ? '' : ` COLLATE ${collationRef(collation)}`;
}

function attributeClause(a: CompositeAttributeDef): string {
  return `${quoteIdent(a.name)} ${a.type}${collate(a.collation)}`;
}

export function checkClause(check: CheckDef): string {
  const noInherit = check.noInherit ? ' NO INHERIT' : '';
  const notValid = check.notValid ? ' NOT VALID' : '';
  return `CONSTRAINT ${quoteIdent(check.name)} CHECK (${check.expression})${noInherit}${notValid}`;
}

function createDomain(d: DomainDef): string {
  const parts = [`CREATE DOMAIN ${qualify(d.schema, d.name)} AS ${d.type}${collate(d.collation)}`];
  if (d.default !== undefined) parts.push(`DEFAULT ${d.default}`);
  if (d.notNull) parts.push('NOT NULL');
  // The differ leaves NOT VALID checks out of a created domain and adds them with ALTER DOMAIN.
  for (const check of d.checks) parts.push(checkClause(check));
  return parts.join(' ');
}

function createRange(r: RangeTypeDef): string {
  const options = [`SUBTYPE = ${r.subtype}`];
  if (r.subtypeOpclass !== undefined) options.push(`SUBTYPE_OPCLASS = ${r.subtypeOpclass}`);
  if (r.collation !== undefined) options.push(`COLLATION = ${collationRef(r.collation)}`);
  if (r.canonical !== undefined) options.push(`CANONICAL = ${r.canonical}`);
  if (r.subtypeDiff !== undefined) options.push(`SUBTYPE_DIFF = ${r.subtypeDiff}`);
  if (r.multirangeName !== undefined)
    options.push(`MULTIRANGE_TYPE_NAME = ${qualify(r.schema, r.multirangeName)}`);
  return `CREATE TYPE ${qualify(r.schema, r.name)} AS RANGE (${options.join(', ')})`;
}

/**
 * Removing or reordering enum labels: rename the old type away, create the new one, convert every column
 * through text (dropping defaults that name the old type around the conversion), then drop the old type.
 * Views reading these columns were dropped earlier in the plan and are recreated later.
 */
function replaceEnum({ from, to, columns }: ChangeOf<'enum.replace'>) {
  const oldName = `${to.name}__old`;
  const removed = from.values.filter((v) => !to.values.includes(v));
  const typeHazards = removed.length
    ? [
        hazard(
          'DELETES_DATA',
          `removes ${labels(removed)} from enum ${shown(to.schema, to.name)}; rows using them fail the conversion`,
        ),
      ]
    : [];
  return [
    statement(`ALTER TYPE ${qualify(to.schema, to.name)} RENAME TO ${quoteIdent(oldName)}`, typeHazards),
    statement(`CREATE TYPE ${qualify(to.schema, to.name)} AS ENUM (${labels(to.values)})`),
    ...columns.flatMap(convertColumn),
    statement(`DROP TYPE ${qualify(to.schema, oldName)}`),
  ];
}

function convertColumn(use: EnumColumnUse) {
  const table = qualify(use.schema, use.table);
  const column = quoteIdent(use.column);
  const arrays = use.type.slice(stripArraySuffix(use.type).length).replaceAll(' ', '');
  const alter = `ALTER TABLE ${table} ALTER COLUMN ${column}`;
  const lock = exclusiveLock(use.schema, use.table);
  const rewrite = hazard(
    'TABLE_REWRITE',
    `rewrites table ${shown(use.schema, use.table)} to convert column "${use.column}"`,
  );
  const restore = use.fromDefault !== undefined && use.fromDefault === use.toDefault;
  return [
    ...(use.fromDefault === undefined ? [] : [statement(`${alter} DROP DEFAULT`, [lock])]),
    statement(`${alter} TYPE ${use.type} USING ${column}::text${arrays}::${use.type}`, [lock, rewrite]),
    ...(restore ? [statement(`${alter} SET DEFAULT ${use.toDefault}`, [lock])] : []),
  ];
}
