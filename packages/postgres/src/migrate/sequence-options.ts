/** Sequence and identity options, leaving out the ones PostgreSQL would pick anyway. */
interface SequenceOptions {
  readonly start: string;
  readonly increment: string;
  readonly min: string;
  readonly max: string;
  readonly cache: string;
  readonly cycle: boolean;
}

const BOUNDS: Readonly<Record<string, readonly [string, string]>> = {
  smallint: ['-32768', '32767'],
  integer: ['-2147483648', '2147483647'],
  bigint: ['-9223372036854775808', '9223372036854775807'],
};

/** The options PostgreSQL gives a sequence of this type and increment when none are given. */
export function defaultSequenceOptions(type: string, increment: string): SequenceOptions {
  const [typeMin, typeMax] = BOUNDS[type] ?? BOUNDS.bigint ?? ['', ''];
  const ascending = !increment.startsWith('-');
  const min = ascending ? '1' : typeMin;
  const max = ascending ? typeMax : '-1';
  return { start: ascending ? min : max, increment: '1', min, max, cache: '1', cycle: false };
}

/** Clauses that differ from `base` (or from the defaults): `INCREMENT BY 2`, `START WITH 10`, `CYCLE`. */
export function sequenceClauses(options: SequenceOptions, base: SequenceOptions, prefix = ''): string[] {
  const clauses: string[] = [];
  if (options.increment !== base.increment) clauses.push(`${prefix}INCREMENT BY ${options.increment}`);
  if (options.min !== base.min) clauses.push(`${prefix}MINVALUE ${options.min}`);
  if (options.max !== base.max) clauses.push(`${prefix}MAXVALUE ${options.max}`);
  if (options.start !== base.start) clauses.push(`${prefix}START WITH ${options.start}`);
  if (options.cache !== base.cache) clauses.push(`${prefix}CACHE ${options.cache}`);
  if (options.cycle !== base.cycle) clauses.push(`${prefix}${options.cycle ? 'CYCLE' : 'NO CYCLE'}`);
  return clauses;
}

const isInteger = (value: string) => /^-?\d+$/.test(value);

/**
 * Whether narrowed bounds must come with a RESTART. ALTER SEQUENCE checks the current value against the new
 * bounds, and the plan cannot know that value. When the old start lies outside the new bounds, an unused or
 * lightly used sequence certainly does too, so it restarts at its new start. Otherwise the counter is kept:
 * should it still be out of range, the statement fails rather than silently reissuing values.
 */
export function needsRestart(from: SequenceOptions, to: SequenceOptions): boolean {
  if (![from.start, to.min, to.max].every(isInteger)) return false;
  const start = BigInt(from.start);
  return start < BigInt(to.min) || start > BigInt(to.max);
}
