/**
 * The model omits optional fields instead of storing null, '' or a default, so these helpers build the
 * `{ key: value }` to spread, or nothing.
 */

/** `{ [key]: value }` unless the value is null, undefined or an empty string. */
export function opt<K extends string, V>(key: K, value: V | null | undefined): { [P in K]?: V } {
  if (value === null || value === undefined || value === '') return {};
  return { [key]: value } as { [P in K]?: V };
}

/** `{ [key]: true }` when the flag is set; false is the default and is omitted. */
export function flag<K extends string>(key: K, value: boolean): { [P in K]?: true } {
  return value ? ({ [key]: true } as { [P in K]?: true }) : {};
}
