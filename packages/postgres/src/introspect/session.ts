import type { QueryFn } from '../query.ts';

/**
 * Session settings pinned while the catalog is read, so every SQL fragment renders the same on any server:
 * - search_path '' makes format_type, pg_get_expr, pg_get_viewdef, ... qualify everything outside pg_catalog;
 * - TimeZone, DateStyle, IntervalStyle and extra_float_digits fix how constants (partition bounds, defaults)
 *   are printed.
 */
const PINNED: Readonly<Record<string, string>> = {
  search_path: '',
  TimeZone: 'UTC',
  DateStyle: 'ISO, MDY',
  IntervalStyle: 'postgres',
  extra_float_digits: '1',
};

export interface PinnedSession {
  /** `server_version_num`. */
  readonly version: number;
  /** Puts the previous values back. */
  restore(): Promise<void>;
}

/** Reads the current values and the server version, then sets the pinned values for this session. */
export async function pinSession(query: QueryFn): Promise<PinnedSession> {
  const names = Object.keys(PINNED);
  const current = await query(
    `SELECT current_setting('server_version_num') AS version,
       ARRAY(SELECT current_setting(name) FROM unnest($1::text[]) WITH ORDINALITY AS s(name, ord) ORDER BY ord)
         AS previous`,
    [names],
  );
  const row = current.rows[0] as { version: string; previous: string[] } | undefined;
  if (!row) throw new Error('could not read the session settings');
  await setAll(query, names, Object.values(PINNED));
  return {
    version: Number(row.version),
    restore: () => setAll(query, names, row.previous),
  };
}

async function setAll(query: QueryFn, names: readonly string[], values: readonly string[]): Promise<void> {
  await query('SELECT set_config(name, value, false) FROM unnest($1::text[], $2::text[]) AS s(name, value)', [
    names,
    values,
  ]);
}
