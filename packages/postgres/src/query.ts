/**
 * The one thing introspection needs from a database: run SQL with parameters and return rows.
 * `pg`'s `client.query` and PGlite's `db.query` both fit, so the same catalog code runs on a live server and in
 * the embedded shadow engine.
 */
export type QueryFn = (
  sql: string,
  params?: readonly unknown[],
) => Promise<{ readonly rows: readonly Row[] }>;

export type Row = Record<string, unknown>;
