import type { QueryFn } from '../query.ts';

/**
 * A scratch database that exists only for one job (reading SQL, proving a migration) and is thrown away.
 * PGlite by default; a database created on a real server with `--shadow URL`.
 */
export interface ShadowDatabase {
  /** Shown to people, e.g. in a verification report. */
  readonly description: string;
  readonly query: QueryFn;
  /** Runs a script of one or more statements. */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

export type ShadowFactory = () => Promise<ShadowDatabase>;
