/**
 * The changes the MySQL planner orders and emits: the dialect-neutral ones from `diffModels` that apply to
 * MySQL, plus MySQL's own column, table-option and key steps (a changed column is one MODIFY, a column has a
 * position, a primary key is replaced in one statement).
 */
import type { Change, ChangeOf } from '@schema-studio/diff';
import type { ColumnDef, IndexDef, TableDef } from '@schema-studio/schema';

type On = { readonly schema: string; readonly table: string };

/** Where a column goes: after a named column, first (`null`), or at the end (absent). */
export type ColumnPosition = { readonly after?: string | null };

export type MysqlOwnChange =
  | ({
      readonly kind: 'mysql.column.add';
      readonly column: ColumnDef;
      /** Appended last to an InnoDB table without FULLTEXT indexes: the instant rule applies. */
      readonly instant: boolean;
    } & On &
      ColumnPosition)
  | ({
      readonly kind: 'mysql.column.modify';
      /** Both sides with their effective character set and collation, for judging the change. */
      readonly from: ColumnDef;
      readonly to: ColumnDef;
      /** The column as the `to` model has it: what MODIFY writes (inherited charset left to the table). */
      readonly written: ColumnDef;
      /** True when the column moves (`after` is then set or null). */
      readonly moved: boolean;
    } & On &
      ColumnPosition)
  | ({ readonly kind: 'mysql.table.options'; readonly from: TableDef; readonly to: TableDef } & On)
  | ({
      readonly kind: 'mysql.primaryKey.replace';
      readonly from: readonly string[];
      readonly to: readonly string[];
    } & On)
  | ({ readonly kind: 'mysql.index.replace'; readonly index: IndexDef } & On);

/** Neutral kinds with a MySQL meaning; the others cannot come out of two MySQL models or are replaced. */
export const NEUTRAL_KINDS = [
  'table.create',
  'table.drop',
  'table.rename',
  'table.setOptions',
  'column.drop',
  'column.rename',
  'constraint.add',
  'constraint.drop',
  'constraint.rename',
  'index.create',
  'index.drop',
  'index.rename',
  'trigger.create',
  'trigger.drop',
  'view.create',
  'view.drop',
  'view.rename',
  'function.create',
  'function.drop',
  'function.replace',
] as const satisfies readonly Change['kind'][];

export type NeutralKind = (typeof NEUTRAL_KINDS)[number];

export type MysqlChange = ChangeOf<NeutralKind> | MysqlOwnChange;

export type MysqlKind = MysqlChange['kind'];

export type MysqlChangeOf<K extends MysqlKind> = Extract<MysqlChange, { readonly kind: K }>;

const NEUTRAL: ReadonlySet<string> = new Set(NEUTRAL_KINDS);

export function isNeutralKind(change: Change): change is ChangeOf<NeutralKind> {
  return NEUTRAL.has(change.kind);
}
