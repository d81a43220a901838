import type { SchemaModel } from './model.ts';
import { normalizeModel } from './normalize.ts';

/**
 * The first place two models differ, as a path and both values, e.g.
 * `tables[3].columns[1].type: "integer" != "bigint"`; undefined when they are equal. For messages only.
 */
export function firstDifference(a: SchemaModel, b: SchemaModel): string | undefined {
  return walk(normalizeModel(a), normalizeModel(b), '');
}

function walk(a: unknown, b: unknown, path: string): string | undefined {
  if (a === b) return undefined;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const found = walk(a[i], b[i], `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (isRecord(a) && isRecord(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    const label = typeof a.name === 'string' ? `${path}{${a.name}}` : path;
    for (const key of keys) {
      const found = walk(a[key], b[key], label ? `${label}.${key}` : key);
      if (found) return found;
    }
    return undefined;
  }
  return `${path || '(root)'}: ${JSON.stringify(a)} != ${JSON.stringify(b)}`;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
