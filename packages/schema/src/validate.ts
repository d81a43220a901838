import { FORMAT_VERSION, type SchemaModel } from './model.ts';
import { normalizeModel } from './normalize.ts';
import { err, ok, type Result } from './result.ts';

type Json = Record<string, unknown>;

/** Collects problems as `path: message` lines instead of stopping at the first. */
class Problems {
  readonly list: string[] = [];
  add(path: string, message: string): void {
    this.list.push(`${path}: ${message}`);
  }
}

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

function requireString(obj: Json, key: string, path: string, p: Problems): void {
  if (typeof obj[key] !== 'string' || obj[key] === '') p.add(`${path}.${key}`, 'expected a non-empty string');
}

/** A schema name: MySQL has no schemas and names every object's schema `''`; PostgreSQL always has one. */
function requireSchema(obj: Json, key: string, path: string, p: Problems, schemaless: boolean): void {
  if (!schemaless) requireString(obj, key, path, p);
  else if (typeof obj[key] !== 'string') p.add(`${path}.${key}`, 'expected a string');
}

function optionalString(obj: Json, key: string, path: string, p: Problems): void {
  if (obj[key] !== undefined && typeof obj[key] !== 'string') p.add(`${path}.${key}`, 'expected a string');
}

function requireBoolean(obj: Json, key: string, path: string, p: Problems): void {
  if (typeof obj[key] !== 'boolean') p.add(`${path}.${key}`, 'expected true or false');
}

function requireArray(obj: Json, key: string, path: string, p: Problems): unknown[] {
  const value = obj[key];
  if (!Array.isArray(value)) {
    p.add(`${path}.${key}`, 'expected an array');
    return [];
  }
  return value;
}

function eachObject(
  items: unknown[],
  path: string,
  p: Problems,
  check: (o: Json, path: string) => void,
): void {
  items.forEach((item, i) => {
    const at = `${path}[${i}]`;
    if (isObject(item)) check(item, at);
    else p.add(at, 'expected an object');
  });
}

function checkDuplicates(names: string[], path: string, what: string, p: Problems): void {
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) p.add(path, `duplicate ${what} "${name}"`);
    seen.add(name);
  }
}

function checkStringList(obj: Json, key: string, path: string, p: Problems): string[] {
  const list = requireArray(obj, key, path, p);
  list.forEach((v, i) => {
    if (typeof v !== 'string') p.add(`${path}.${key}[${i}]`, 'expected a string');
  });
  return list.filter((v): v is string => typeof v === 'string');
}

function checkColumnRefs(refs: string[], columns: Set<string>, path: string, p: Problems): void {
  for (const ref of refs) if (!columns.has(ref)) p.add(path, `unknown column "${ref}"`);
}

function checkTable(t: Json, path: string, p: Problems, schemaless: boolean): void {
  requireSchema(t, 'schema', path, p, schemaless);
  requireString(t, 'name', path, p);
  optionalString(t, 'comment', path, p);
  const columns = requireArray(t, 'columns', path, p);
  eachObject(columns, `${path}.columns`, p, (c, at) => {
    requireString(c, 'name', at, p);
    requireString(c, 'type', at, p);
    requireBoolean(c, 'nullable', at, p);
    optionalString(c, 'default', at, p);
    optionalString(c, 'comment', at, p);
  });
  const columnNames = columns.filter(isObject).map((c) => String(c.name));
  checkDuplicates(columnNames, `${path}.columns`, 'column', p);
  const known = new Set(columnNames);
  if (t.primaryKey !== undefined) {
    if (!isObject(t.primaryKey)) p.add(`${path}.primaryKey`, 'expected an object');
    else {
      requireString(t.primaryKey, 'name', `${path}.primaryKey`, p);
      const cols = checkStringList(t.primaryKey, 'columns', `${path}.primaryKey`, p);
      checkColumnRefs(cols, known, `${path}.primaryKey.columns`, p);
    }
  }
  eachObject(requireArray(t, 'foreignKeys', path, p), `${path}.foreignKeys`, p, (fk, at) => {
    requireString(fk, 'name', at, p);
    requireSchema(fk, 'refSchema', at, p, schemaless);
    requireString(fk, 'refTable', at, p);
    const cols = checkStringList(fk, 'columns', at, p);
    const refs = checkStringList(fk, 'refColumns', at, p);
    checkColumnRefs(cols, known, `${at}.columns`, p);
    if (cols.length !== refs.length) p.add(at, 'columns and refColumns differ in length');
  });
  eachObject(requireArray(t, 'uniques', path, p), `${path}.uniques`, p, (u, at) => {
    requireString(u, 'name', at, p);
    checkColumnRefs(checkStringList(u, 'columns', at, p), known, `${at}.columns`, p);
  });
  eachObject(requireArray(t, 'checks', path, p), `${path}.checks`, p, (c, at) => {
    requireString(c, 'name', at, p);
    requireString(c, 'expression', at, p);
  });
  eachObject(requireArray(t, 'exclusions', path, p), `${path}.exclusions`, p, (x, at) => {
    requireString(x, 'name', at, p);
    requireString(x, 'definition', at, p);
  });
  eachObject(requireArray(t, 'indexes', path, p), `${path}.indexes`, p, (ix, at) => {
    requireString(ix, 'name', at, p);
    requireString(ix, 'method', at, p);
    requireBoolean(ix, 'unique', at, p);
    eachObject(requireArray(ix, 'keys', at, p), `${at}.keys`, p, (k, kat) =>
      requireString(k, 'column', kat, p),
    );
  });
  eachObject(requireArray(t, 'triggers', path, p), `${path}.triggers`, p, (tr, at) => {
    requireString(tr, 'name', at, p);
    requireString(tr, 'definition', at, p);
  });
  eachObject(requireArray(t, 'policies', path, p), `${path}.policies`, p, (po, at) => {
    requireString(po, 'name', at, p);
    requireString(po, 'command', at, p);
  });
}

function checkForeignKeyTargets(model: Json, p: Problems): void {
  const tables = new Map<string, Set<string>>();
  for (const t of (model.tables as unknown[]).filter(isObject)) {
    const cols = Array.isArray(t.columns) ? t.columns.filter(isObject).map((c) => String(c.name)) : [];
    tables.set(`${String(t.schema)}.${String(t.name)}`, new Set(cols));
  }
  (model.tables as unknown[]).forEach((t, ti) => {
    if (!isObject(t) || !Array.isArray(t.foreignKeys)) return;
    t.foreignKeys.forEach((fk, fi) => {
      if (!isObject(fk)) return;
      const at = `tables[${ti}].foreignKeys[${fi}]`;
      const target = tables.get(`${String(fk.refSchema)}.${String(fk.refTable)}`);
      if (!target) p.add(at, `references unknown table "${String(fk.refSchema)}.${String(fk.refTable)}"`);
      else if (Array.isArray(fk.refColumns))
        checkColumnRefs(fk.refColumns.map(String), target, `${at}.refColumns`, p);
    });
  });
}

const TOP_LEVEL_ARRAYS = [
  'schemas',
  'extensions',
  'collations',
  'enums',
  'domains',
  'compositeTypes',
  'rangeTypes',
  'sequences',
  'functions',
  'tables',
  'views',
] as const;

/**
 * Checks that untrusted JSON is a schema model, and returns it in canonical order.
 * Every problem is reported with its path (`tables[2].columns[0].type: expected a non-empty string`).
 */
export function validateModel(input: unknown): Result<SchemaModel, string[]> {
  const p = new Problems();
  if (!isObject(input)) return err(['(root): expected a JSON object']);
  if (input.formatVersion !== FORMAT_VERSION) {
    p.add('formatVersion', `expected ${FORMAT_VERSION}, found ${JSON.stringify(input.formatVersion)}`);
  }
  if (input.dialect !== 'postgres' && input.dialect !== 'mysql') {
    p.add('dialect', `expected "postgres" or "mysql", found ${JSON.stringify(input.dialect)}`);
  }
  for (const key of TOP_LEVEL_ARRAYS) requireArray(input, key, '(root)', p);
  if (p.list.length > 0) return err(p.list);

  const schemaless = input.dialect === 'mysql';
  eachObject(input.tables as unknown[], 'tables', p, (t, at) => checkTable(t, at, p, schemaless));
  const tableKeys = (input.tables as unknown[])
    .filter(isObject)
    .map((t) => `${String(t.schema)}.${String(t.name)}`);
  checkDuplicates(tableKeys, 'tables', 'table', p);
  for (const key of ['enums', 'domains', 'compositeTypes', 'sequences', 'views'] as const) {
    eachObject(input[key] as unknown[], key, p, (o, at) => {
      requireSchema(o, 'schema', at, p, schemaless);
      requireString(o, 'name', at, p);
    });
  }
  eachObject(input.enums as unknown[], 'enums', p, (e, at) => checkStringList(e, 'values', at, p));
  eachObject(input.schemas as unknown[], 'schemas', p, (s, at) => requireString(s, 'name', at, p));
  if (p.list.length === 0) checkForeignKeyTargets(input, p);
  return p.list.length > 0 ? err(p.list) : ok(normalizeModel(input as unknown as SchemaModel));
}
