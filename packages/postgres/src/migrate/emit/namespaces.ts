import type { CollationDef } from '@schema-studio/schema';
import { qualify, quoteIdent, quoteLiteral } from '../quote.ts';
import { type EmitterMap, hazard, shown, statement } from '../statement.ts';

type Kinds =
  | 'schema.create'
  | 'schema.drop'
  | 'extension.create'
  | 'extension.drop'
  | 'extension.setSchema'
  | 'collation.create'
  | 'collation.drop';

export const namespaceEmitters: EmitterMap<Kinds> = {
  // Every new database has `public`: creating it must not fail when a model lists it.
  'schema.create': ({ schema }) => [
    statement(`CREATE SCHEMA ${schema.name === 'public' ? 'IF NOT EXISTS ' : ''}${quoteIdent(schema.name)}`),
  ],
  'schema.drop': ({ schema }) => [
    statement(`DROP SCHEMA ${quoteIdent(schema.name)}`, [
      hazard('BREAKS_DEPENDENTS', `drops schema "${schema.name}"`),
    ]),
  ],
  'extension.create': ({ extension: e }) => [
    statement(`CREATE EXTENSION ${quoteIdent(e.name)} WITH SCHEMA ${quoteIdent(e.schema)}`),
  ],
  'extension.drop': ({ extension: e }) => [
    statement(`DROP EXTENSION ${quoteIdent(e.name)}`, [
      hazard('BREAKS_DEPENDENTS', `drops extension "${e.name}" and what it provides`),
    ]),
  ],
  'extension.setSchema': ({ extension: e }) => [
    statement(`ALTER EXTENSION ${quoteIdent(e.name)} SET SCHEMA ${quoteIdent(e.schema)}`, [
      hazard('BREAKS_DEPENDENTS', `moves extension "${e.name}" to schema "${e.schema}"`),
    ]),
  ],
  'collation.create': ({ collation }) => [
    statement(
      `CREATE COLLATION ${qualify(collation.schema, collation.name)} (${collationOptions(collation)})`,
    ),
  ],
  'collation.drop': ({ collation: c, recreated }) => [
    statement(
      `DROP COLLATION ${qualify(c.schema, c.name)}`,
      recreated ? [] : [hazard('BREAKS_DEPENDENTS', `drops collation ${shown(c.schema, c.name)}`)],
    ),
  ],
};

function collationOptions(c: CollationDef): string {
  const options = [`provider = ${c.provider}`];
  if (c.locale !== undefined) options.push(`locale = ${quoteLiteral(c.locale)}`);
  else {
    if (c.lcCollate !== undefined) options.push(`lc_collate = ${quoteLiteral(c.lcCollate)}`);
    if (c.lcCtype !== undefined) options.push(`lc_ctype = ${quoteLiteral(c.lcCtype)}`);
  }
  if (!c.deterministic) options.push('deterministic = false');
  if (c.rules !== undefined) options.push(`rules = ${quoteLiteral(c.rules)}`);
  return options.join(', ');
}
