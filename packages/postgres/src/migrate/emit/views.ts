import type { ViewDef } from '@schema-studio/schema';
import { qualify, quoteIdent } from '../quote.ts';
import { bareStatement, type EmitterMap, hazard, shown, statement } from '../statement.ts';

type Kinds = 'view.create' | 'view.drop' | 'view.rename';

const word = (materialized: boolean) => (materialized ? 'MATERIALIZED VIEW' : 'VIEW');

export function createViewSql(v: ViewDef): string {
  const options = v.options?.length ? ` WITH (${v.options.join(', ')})` : '';
  const noData = v.materialized && v.withData === false ? ' WITH NO DATA' : '';
  return `CREATE ${word(v.materialized)} ${qualify(v.schema, v.name)}${options} AS\n${bareStatement(v.definition)}${noData}`;
}

export const viewEmitters: EmitterMap<Kinds> = {
  'view.create': ({ view }) => [statement(createViewSql(view))],
  'view.drop': ({ view: v, recreated }) => [
    statement(
      `DROP ${word(v.materialized)} ${qualify(v.schema, v.name)}`,
      recreated
        ? []
        : [hazard('BREAKS_DEPENDENTS', `drops view ${shown(v.schema, v.name)}; queries reading it fail`)],
    ),
  ],
  'view.rename': ({ schema, from, to, materialized }) => [
    statement(`ALTER ${word(materialized)} ${qualify(schema, from)} RENAME TO ${quoteIdent(to)}`, [
      hazard('BREAKS_DEPENDENTS', `code naming view ${shown(schema, from)} must use "${to}"`),
    ]),
  ],
};
