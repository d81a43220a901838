import type { Row } from '../query.ts';
import { comment, numberOf, text, textOf, yes } from './values.ts';

export interface RoutineRow {
  readonly name: string;
  /** `FUNCTION` or `PROCEDURE` (MariaDB also has `PACKAGE` and `PACKAGE BODY`). */
  readonly type: string;
  /** Result type of a function, e.g. `varchar(20)`. */
  readonly returns: string | null;
  /** The body as written; null when the user may not read it. */
  readonly body: string | null;
  readonly deterministic: boolean;
  /** `CONTAINS SQL`, `NO SQL`, `READS SQL DATA`, `MODIFIES SQL DATA`. */
  readonly dataAccess: string;
  /** `DEFINER` or `INVOKER`. */
  readonly security: string;
  readonly comment?: string;
}

export interface ParameterRow {
  readonly routine: string;
  /** FUNCTION or PROCEDURE: a function and a procedure may share a name. */
  readonly routineType: string;
  readonly position: number;
  /** `IN`, `OUT`, `INOUT`; null for a function's parameters on MySQL 8. */
  readonly mode: string | null;
  readonly name: string;
  readonly type: string;
}

export const routinesQuery = `
SELECT r.ROUTINE_NAME AS name, r.ROUTINE_TYPE AS type, r.DTD_IDENTIFIER AS return_type,
  r.ROUTINE_DEFINITION AS body, r.IS_DETERMINISTIC AS is_deterministic, r.SQL_DATA_ACCESS AS data_access,
  r.SECURITY_TYPE AS security, r.ROUTINE_COMMENT AS comment
FROM information_schema.ROUTINES r
WHERE r.ROUTINE_SCHEMA = ?
ORDER BY r.ROUTINE_NAME, r.ROUTINE_TYPE`;

/** Parameters of every routine; position 0 is a function's result and is left out. */
export const parametersQuery = `
SELECT p.SPECIFIC_NAME AS routine, p.ROUTINE_TYPE AS routine_type, p.ORDINAL_POSITION AS position,
  p.PARAMETER_MODE AS mode, p.PARAMETER_NAME AS name, p.DTD_IDENTIFIER AS type
FROM information_schema.PARAMETERS p
WHERE p.SPECIFIC_SCHEMA = ? AND p.ORDINAL_POSITION > 0
ORDER BY p.SPECIFIC_NAME, p.ROUTINE_TYPE, p.ORDINAL_POSITION`;

export function readRoutineRow(row: Row): RoutineRow {
  const c = comment(row.comment);
  return {
    name: textOf(row.name),
    type: textOf(row.type).toUpperCase(),
    returns: text(row.return_type) || null,
    body: text(row.body),
    deterministic: yes(row.is_deterministic),
    dataAccess: textOf(row.data_access).toUpperCase() || 'CONTAINS SQL',
    security: textOf(row.security).toUpperCase() || 'DEFINER',
    ...(c ? { comment: c } : {}),
  };
}

export function readParameterRow(row: Row): ParameterRow {
  return {
    routine: textOf(row.routine),
    routineType: textOf(row.routine_type).toUpperCase(),
    position: numberOf(row.position) ?? 0,
    mode: text(row.mode)?.toUpperCase() ?? null,
    name: textOf(row.name),
    type: textOf(row.type),
  };
}
