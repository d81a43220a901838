import type { RoutineDef, TriggerDef } from '@schema-studio/schema';
import { quoteIdentifier, quoteString } from './quote.ts';
import type { ParameterRow, RoutineRow } from './routines.sql.ts';
import type { TriggerRow } from './triggers.sql.ts';

/**
 * A trigger as the CREATE TRIGGER that recreates it (no DEFINER: that is the account's, not the schema's).
 * A trigger that runs after another one of the same table, timing and event names it with FOLLOWS, so
 * replaying the triggers in any order keeps their firing order.
 */
export function toTrigger(row: TriggerRow, previous: TriggerRow | undefined): TriggerDef {
  const follows = previous ? ` FOLLOWS ${quoteIdentifier(previous.name)}` : '';
  return {
    name: row.name,
    definition:
      `CREATE TRIGGER ${quoteIdentifier(row.name)} ${row.timing} ${row.event} ON ${quoteIdentifier(row.table)}` +
      ` FOR EACH ROW${follows} ${row.statement}`,
  };
}

/** Triggers of one table (rows sorted by timing, event, order), each with the one it follows. */
export function toTriggers(rows: readonly TriggerRow[]): TriggerDef[] {
  return rows.map((row, i) => {
    const before = rows[i - 1];
    const previous =
      before && before.timing === row.timing && before.event === row.event ? before : undefined;
    return toTrigger(row, previous);
  });
}

/**
 * A stored function or procedure, with its definition rebuilt from the catalog the way SHOW CREATE prints
 * it, minus the DEFINER. `args` is the readable parameter list (MySQL has no overloading, so the name alone
 * identifies a routine).
 */
export function toRoutine(row: RoutineRow, parameters: readonly ParameterRow[]): RoutineDef | undefined {
  const kind = row.type === 'FUNCTION' ? 'function' : row.type === 'PROCEDURE' ? 'procedure' : undefined;
  if (!kind) return undefined;
  const ordered = [...parameters].sort((a, b) => a.position - b.position);
  const withMode = kind === 'procedure';
  const args = ordered.map((p) => `${withMode ? `${p.mode ?? 'IN'} ` : ''}${p.name} ${p.type}`).join(', ');
  const quotedArgs = ordered
    .map((p) => `${withMode ? `${p.mode ?? 'IN'} ` : ''}${quoteIdentifier(p.name)} ${p.type}`)
    .join(', ');
  const returns = kind === 'function' && row.returns ? ` RETURNS ${row.returns}` : '';
  const header = `CREATE ${row.type} ${quoteIdentifier(row.name)}(${quotedArgs})${returns}`;
  const body = row.body ?? '/* the body is not readable by this user */';
  return {
    schema: '',
    name: row.name,
    kind,
    args,
    ...(kind === 'function' && row.returns ? { returns: row.returns } : {}),
    language: 'sql',
    definition: [header, ...characteristics(row).map((c) => `    ${c}`), body].join('\n'),
    ...(row.comment ? { comment: row.comment } : {}),
  };
}

/** The characteristics that differ from the defaults (NOT DETERMINISTIC, CONTAINS SQL, SQL SECURITY DEFINER). */
function characteristics(row: RoutineRow): string[] {
  return [
    ...(row.deterministic ? ['DETERMINISTIC'] : []),
    ...(row.dataAccess !== 'CONTAINS SQL' ? [row.dataAccess] : []),
    ...(row.security !== 'DEFINER' ? [`SQL SECURITY ${row.security}`] : []),
    ...(row.comment ? [`COMMENT ${quoteString(row.comment)}`] : []),
  ];
}
