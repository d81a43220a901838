import type { ChangeOf, Hazard } from '@schema-studio/diff';
import { sameData } from '@schema-studio/schema';
import type { MysqlChangeOf } from '../changes.ts';
import { type ColumnVerdict, classifyColumnChange } from '../column-change.ts';
import { columnDefinition } from '../ddl.ts';
import { onlineClause, onlineHazards } from '../online-rules.ts';
import { quoteIdent } from '../quote.ts';
import { type EmitContext, hazard, onExisting, shown, statement, traitsOf } from '../statement.ts';

const position = (after: string | null | undefined) =>
  after === undefined ? '' : after === null ? ' FIRST' : ` AFTER ${quoteIdent(after)}`;

/** A literal default (string, number, NULL) can be set with ALTER COLUMN on both servers; expressions cannot. */
const isLiteral = (value: string | undefined) =>
  value === undefined || /^(?:'(?:[^'\\]|''|\\.)*'|-?\d+(?:\.\d+)?(?:e[-+]?\d+)?|NULL)$/i.test(value);

function addColumn(change: MysqlChangeOf<'mysql.column.add'>, context: EmitContext) {
  const { schema, table, column: c } = change;
  const on = { schema, table };
  const traits = traitsOf(context, on);
  const clause = change.instant ? onlineClause('addColumnLast', traits) : '';
  const op = change.instant ? 'addColumnLast' : 'addColumn';
  const hazards: Hazard[] = onlineHazards(op, traits, `add column "${c.name}" in place`);
  if (!c.nullable && c.default === undefined && c.generated === undefined && !c.mysql?.autoIncrement)
    hazards.push(
      hazard('VALIDATION_SCAN', `existing rows get the type's zero value in NOT NULL column "${c.name}"`),
    );
  return [
    statement(
      `ALTER TABLE ${quoteIdent(table)} ADD COLUMN ${columnDefinition(c)}${position(change.after)}${clause}`,
      onExisting(context, on, hazards),
    ),
  ];
}

function dropColumn({ schema, table, column }: ChangeOf<'column.drop'>, context: EmitContext) {
  const on = { schema, table };
  return [
    statement(`ALTER TABLE ${quoteIdent(table)} DROP COLUMN ${quoteIdent(column.name)}`, [
      hazard('DELETES_DATA', `drops column "${column.name}" of table ${shown(table)} and its data`),
      ...onlineHazards(
        'dropColumn',
        traitsOf(context, on),
        `drop column "${column.name}" (MySQL before 8.0.29)`,
      ),
    ]),
  ];
}

/** Whether a foreign key of this table, or of any table referencing it, uses the column. */
function inForeignKey(context: EmitContext, schema: string, table: string, column: string): boolean {
  const own = context.toTable({ schema, table })?.foreignKeys.some((fk) => fk.columns.includes(column));
  return !!own || !!context.referencedColumns(schema, table).has(column);
}

function renameColumn({ schema, table, from, to }: ChangeOf<'column.rename'>, context: EmitContext) {
  const on = { schema, table };
  const traits = traitsOf(context, on);
  const op = inForeignKey(context, schema, table, to) ? 'renameColumnInForeignKey' : 'renameColumn';
  return [
    statement(
      `ALTER TABLE ${quoteIdent(table)} RENAME COLUMN ${quoteIdent(from)} TO ${quoteIdent(to)}${onlineClause(op, traits)}`,
      [
        ...onExisting(context, on, onlineHazards(op, traits, '')),
        hazard('BREAKS_DEPENDENTS', `code using column "${from}" of table ${shown(table)} must use "${to}"`),
      ],
    ),
  ];
}

/** The rule for a MODIFY: a move rebuilds on MySQL 8 unless the change itself already copies the table. */
function modifyVerdict(change: MysqlChangeOf<'mysql.column.modify'>, tableCharset?: string): ColumnVerdict {
  const { from, to, moved } = change;
  const changed = !sameData({ ...from, name: to.name }, to);
  const verdict = changed ? classifyColumnChange({ ...from, name: to.name }, to, tableCharset) : undefined;
  if (!moved && verdict) return verdict;
  if (verdict?.op === 'rebuildColumn') return { ...verdict, why: `${verdict.why} and move it` };
  return { op: 'moveColumn', why: `move column "${to.name}"` };
}

/** A changed column: ALTER COLUMN for a literal default alone, otherwise MODIFY restating it in full. */
function modifyColumn(change: MysqlChangeOf<'mysql.column.modify'>, context: EmitContext) {
  const { schema, table, to } = change;
  const on = { schema, table };
  const traits = traitsOf(context, on);
  const verdict = modifyVerdict(change, context.toTable(on)?.mysql?.charset);
  const { op } = verdict;
  const hazards: Hazard[] = [
    ...(verdict.lossy ? [hazard('DELETES_DATA', verdict.lossy)] : []),
    ...onlineHazards(op, traits, verdict.why),
    ...(verdict.nullCheck
      ? [
          hazard(
            'VALIDATION_SCAN',
            `fails if column "${to.name}" holds NULLs (strict mode), or turns them into zero values`,
          ),
        ]
      : []),
  ];
  const alter = `ALTER TABLE ${quoteIdent(table)}`;
  if (op === 'setDefault' && isLiteral(to.default)) {
    const action = to.default === undefined ? 'DROP DEFAULT' : `SET DEFAULT ${to.default}`;
    return [
      statement(
        `${alter} ALTER COLUMN ${quoteIdent(to.name)} ${action}${onlineClause(op, traits)}`,
        onExisting(context, on, hazards),
      ),
    ];
  }
  // An expression default goes through MODIFY, which has no instant rule of its own on both servers.
  const clause = op === 'setDefault' ? '' : onlineClause(op, traits);
  return [
    statement(
      `${alter} MODIFY COLUMN ${columnDefinition(change.written)}${position(change.after)}${clause}`,
      onExisting(context, on, hazards),
    ),
  ];
}

export const columnEmitters = {
  'mysql.column.add': addColumn,
  'column.drop': dropColumn,
  'column.rename': renameColumn,
  'mysql.column.modify': modifyColumn,
};
