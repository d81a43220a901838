/** A row as the driver returns it: column name to value. */
export type Row = Record<string, unknown>;

/**
 * Runs one statement with `?` placeholders and returns its rows. Introspection and the planner's tests take
 * this function, not a driver, so `mysql2` connections and pools (and a scratch database) all fit.
 */
export type QueryFn = (sql: string, params?: readonly unknown[]) => Promise<Row[]>;
