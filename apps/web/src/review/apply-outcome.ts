import { ApiError } from '../lib/api.ts';

/** A failed or refused apply, in the shape the page shows (from the API's error or a recorded attempt). */
export type ApplyProblem =
  | {
      readonly kind: 'failed';
      /** 0-based index into `up`. */
      readonly index: number;
      readonly sql: string;
      readonly message: string;
      readonly sqlState: string | undefined;
      /** Statements that stay applied (earlier transaction groups, or every earlier MySQL statement). */
      readonly committed: number;
    }
  | {
      readonly kind: 'drift';
      readonly changes: readonly string[];
      readonly statements: readonly string[];
    }
  | { readonly kind: 'error'; readonly message: string };

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/**
 * Reads the details of APPLY_FAILED / DRIFT_DETECTED (apps/api/src/reviews/apply-proposal.ts), which an apply
 * attempt also records as its `failure`. Anything else is a plain message.
 */
export function problemOf(details: Record<string, unknown>, fallback: string): ApplyProblem {
  if ('drift' in details) {
    const drift = record(details.drift);
    return { kind: 'drift', changes: strings(drift.changes), statements: strings(drift.statements) };
  }
  if ('statement' in details) {
    const statement = record(details.statement);
    const error = record(details.databaseError);
    return {
      kind: 'failed',
      index: typeof statement.index === 'number' ? statement.index : 0,
      sql: String(statement.sql ?? ''),
      message: String(error.message ?? fallback),
      sqlState: typeof error.sqlState === 'string' ? error.sqlState : undefined,
      committed: typeof details.committed === 'number' ? details.committed : 0,
    };
  }
  return { kind: 'error', message: typeof details.error === 'string' ? details.error : fallback };
}

/** The problem an apply request answered with. */
export function problemOfError(error: unknown): ApplyProblem {
  if (error instanceof ApiError) {
    return problemOf(error.details, `${error.message} (${error.code})`);
  }
  return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
}
