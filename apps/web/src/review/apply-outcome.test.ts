import { describe, expect, it } from 'vitest';
import { ApiError } from '../lib/api.ts';
import { problemOf, problemOfError } from './apply-outcome.ts';

describe('problemOfError', () => {
  it('reads the failing statement and the database error of APPLY_FAILED', () => {
    const error = new ApiError(422, 'APPLY_FAILED', 'Statement 2 failed', {
      statement: { direction: 'up', index: 1, sql: 'ALTER TABLE t ADD COLUMN c text NOT NULL' },
      databaseError: { message: 'column "c" contains null values', sqlState: '23502' },
      committed: 0,
    });
    expect(problemOfError(error)).toEqual({
      kind: 'failed',
      index: 1,
      sql: 'ALTER TABLE t ADD COLUMN c text NOT NULL',
      message: 'column "c" contains null values',
      sqlState: '23502',
      committed: 0,
    });
  });

  it('reads the difference of DRIFT_DETECTED', () => {
    const error = new ApiError(409, 'DRIFT_DETECTED', 'drift', {
      drift: { statements: ['ALTER TABLE x'], changes: ['adds column public.t.c'], firstDifference: 'x' },
    });
    expect(problemOfError(error)).toEqual({
      kind: 'drift',
      changes: ['adds column public.t.c'],
      statements: ['ALTER TABLE x'],
    });
  });

  it('says any other error with its code', () => {
    expect(problemOfError(new ApiError(409, 'NOT_APPROVED', 'Only approved'))).toEqual({
      kind: 'error',
      message: 'Only approved (NOT_APPROVED)',
    });
  });
});

describe('problemOf', () => {
  it('reads a recorded attempt that could not reach the database', () => {
    expect(problemOf({ error: 'connection refused' }, 'failed')).toEqual({
      kind: 'error',
      message: 'connection refused',
    });
  });
});
