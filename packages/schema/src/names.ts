/** `schema.name`, unquoted: the key the model uses to refer to a relation, type or sequence. */
export function qualifiedKey(schema: string, name: string): string {
  return `${schema}.${name}`;
}

/** Key of a routine overload: `schema.name(args)`. */
export function routineKey(schema: string, name: string, args: string): string {
  return `${schema}.${name}(${args})`;
}

/**
 * How people read an object's name: `schema.name`, or just `name` where there are no schemas (MySQL, whose
 * objects have schema `''`). Keys stay `qualifiedKey`; this is for labels only.
 */
export function displayName(schema: string, name: string): string {
  return schema === '' ? name : `${schema}.${name}`;
}
