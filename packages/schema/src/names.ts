/** `schema.name`, unquoted: the key the model uses to refer to a relation, type or sequence. */
export function qualifiedKey(schema: string, name: string): string {
  return `${schema}.${name}`;
}

/** Key of a routine overload: `schema.name(args)`. */
export function routineKey(schema: string, name: string, args: string): string {
  return `${schema}.${name}(${args})`;
}
