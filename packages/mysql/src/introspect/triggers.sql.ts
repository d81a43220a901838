import type { Row } from '../query.ts';
import { numberOf, textOf } from './values.ts';

export interface TriggerRow {
  readonly table: string;
  readonly name: string;
  /** `BEFORE` or `AFTER`. */
  readonly timing: string;
  /** `INSERT`, `UPDATE` or `DELETE`. */
  readonly event: string;
  /** Position among the table's triggers for the same timing and event (FOLLOWS/PRECEDES). */
  readonly order: number;
  /** The body as written (not rewritten by the server). */
  readonly statement: string;
}

export const triggersQuery = `
SELECT t.EVENT_OBJECT_TABLE AS table_name, t.TRIGGER_NAME AS name, t.ACTION_TIMING AS timing,
  t.EVENT_MANIPULATION AS event, t.ACTION_ORDER AS action_order, t.ACTION_STATEMENT AS statement
FROM information_schema.TRIGGERS t
WHERE t.TRIGGER_SCHEMA = ?
ORDER BY t.EVENT_OBJECT_TABLE, t.ACTION_TIMING, t.EVENT_MANIPULATION, t.ACTION_ORDER`;

export function readTriggerRow(row: Row): TriggerRow {
  return {
    table: textOf(row.table_name),
    name: textOf(row.name),
    timing: textOf(row.timing).toUpperCase(),
    event: textOf(row.event).toUpperCase(),
    order: numberOf(row.action_order) ?? 0,
    statement: textOf(row.statement),
  };
}
