/** Views, triggers and routines: MySQL stores their full text, so changes are DROP and CREATE. */
import type { ChangeOf } from '@schema-studio/diff';
import type { RoutineDef, ViewDef } from '@schema-studio/schema';
import { quoteIdent } from '../quote.ts';
import { bareStatement, hazard, shown, statement } from '../statement.ts';

/** View options as the model keeps them (`algorithm=MERGE`, `security=INVOKER`, `check_option=CASCADED`). */
function viewOption(view: ViewDef, ...names: string[]): string | undefined {
  const option = view.options?.find((o) => names.includes((o.split('=')[0] ?? '').toLowerCase()));
  const value = option?.slice(option.indexOf('=') + 1).toUpperCase();
  return value === undefined || value === '' || value === 'NONE' || value === 'UNDEFINED' ? undefined : value;
}

/** CREATE OR REPLACE: a changed view is replaced in one step, with no moment where it is missing. */
export function createViewSql(view: ViewDef): string {
  const algorithm = viewOption(view, 'algorithm');
  const security = viewOption(view, 'security', 'sql_security');
  const check = viewOption(view, 'check_option');
  const head = [
    'CREATE OR REPLACE',
    ...(algorithm ? [`ALGORITHM=${algorithm}`] : []),
    ...(security ? [`SQL SECURITY ${security}`] : []),
    'VIEW',
  ].join(' ');
  const tail = check ? ` WITH ${check} CHECK OPTION` : '';
  return `${head} ${quoteIdent(view.name)} AS ${bareStatement(view.definition)}${tail}`;
}

const routineWord = (r: RoutineDef) => (r.kind === 'procedure' ? 'PROCEDURE' : 'FUNCTION');

const dropRoutine = (r: RoutineDef, replaced: boolean) =>
  statement(`DROP ${routineWord(r)} IF EXISTS ${quoteIdent(r.name)}`, [
    hazard(
      'BREAKS_DEPENDENTS',
      `calls to ${routineWord(r).toLowerCase()} ${shown(r.name)} fail${replaced ? ' until the next statement creates it again' : ''}`,
    ),
  ]);

const createRoutine = (r: RoutineDef) => statement(bareStatement(r.definition));

export const objectEmitters = {
  'view.create': ({ view }: ChangeOf<'view.create'>) => [statement(createViewSql(view))],
  // A view created again under the same name is replaced by CREATE OR REPLACE instead.
  'view.drop': ({ view, recreated }: ChangeOf<'view.drop'>) =>
    recreated
      ? []
      : [
          statement(`DROP VIEW ${quoteIdent(view.name)}`, [
            hazard('BREAKS_DEPENDENTS', `queries reading view ${shown(view.name)} fail`),
          ]),
        ],
  'view.rename': ({ from, to }: ChangeOf<'view.rename'>) => [
    statement(`RENAME TABLE ${quoteIdent(from)} TO ${quoteIdent(to)}`, [
      hazard('BREAKS_DEPENDENTS', `queries naming view ${shown(from)} must use ${shown(to)}`),
    ]),
  ],
  'trigger.create': ({ trigger }: ChangeOf<'trigger.create'>) => [
    statement(bareStatement(trigger.definition)),
  ],
  'trigger.drop': ({ trigger, table }: ChangeOf<'trigger.drop'>) => [
    statement(`DROP TRIGGER ${quoteIdent(trigger.name)}`, [
      hazard('BREAKS_DEPENDENTS', `writes to ${shown(table)} stop firing trigger "${trigger.name}"`),
    ]),
  ],
  'function.create': ({ routine }: ChangeOf<'function.create'>) => [createRoutine(routine)],
  'function.drop': ({ routine }: ChangeOf<'function.drop'>) => [dropRoutine(routine, false)],
  // MySQL 8 has no CREATE OR REPLACE for routines.
  'function.replace': ({ from, to }: ChangeOf<'function.replace'>) => [
    dropRoutine(from, true),
    createRoutine(to),
  ],
};
