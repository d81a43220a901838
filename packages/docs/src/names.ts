import { qualifiedKey } from '@schema-studio/schema';

/**
 * An object's name as readers see it: `schema.name`, or just `name` for MySQL objects, whose schema is '' (a
 * MySQL model is one database, and a dot in front of every name would only be noise). Lookups keep using
 * `qualifiedKey`, which stays unambiguous either way.
 */
export function objectName(schema: string, name: string): string {
  return schema === '' ? name : qualifiedKey(schema, name);
}
