import { describe, expect, it } from 'vitest';
import {
  firstDifference,
  foreignKey,
  modelsEqual,
  sameData,
  serializeModel,
  shareUnchanged,
  validateModel,
} from './index.ts';
import { emptyModel, type SchemaModel, type TableDef } from './model.ts';

function table(name: string, extra: Partial<TableDef> = {}): TableDef {
  return {
    schema: 'public',
    name,
    columns: [
      { name: 'id', type: 'integer', nullable: false },
      { name: 'label', type: 'text', nullable: true },
    ],
    primaryKey: { name: `${name}_pkey`, columns: ['id'] },
    foreignKeys: [],
    uniques: [],
    checks: [],
    exclusions: [],
    indexes: [],
    triggers: [],
    policies: [],
    ...extra,
  };
}

const model = (tables: TableDef[]): SchemaModel => ({ ...emptyModel('postgres'), tables });

describe('serializeModel', () => {
  it('gives equal bytes for equal schemas whatever the order of collections and keys', () => {
    const a = model([table('b'), table('a', { indexes: [] })]);
    const reordered = JSON.parse(JSON.stringify({ ...a, tables: [...a.tables].reverse() })) as SchemaModel;
    const keysShuffled = Object.fromEntries(Object.entries(reordered).reverse()) as unknown as SchemaModel;
    expect(serializeModel(keysShuffled)).toBe(serializeModel(a));
    expect(modelsEqual(a, keysShuffled)).toBe(true);
  });

  it('keeps column order: it carries meaning', () => {
    const t = table('a');
    const swapped = { ...t, columns: [...t.columns].reverse() };
    expect(serializeModel(model([swapped]))).not.toBe(serializeModel(model([t])));
  });

  it('starts with the format version', () => {
    expect(JSON.parse(serializeModel(emptyModel())).formatVersion).toBe(1);
  });
});

describe('validateModel', () => {
  it('accepts a serialized model and returns it in canonical order', () => {
    const input = JSON.parse(serializeModel(model([table('b'), table('a')])));
    input.tables.reverse();
    const result = validateModel(input);
    expect(result.ok && result.value.tables.map((t) => t.name)).toEqual(['a', 'b']);
  });

  it('names the path of each problem', () => {
    const bad = JSON.parse(serializeModel(model([table('a')])));
    bad.tables[0].columns[1].type = '';
    bad.tables[0].primaryKey.columns = ['nope'];
    const result = validateModel(bad);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toEqual([
      'tables[0].columns[1].type: expected a non-empty string',
      'tables[0].primaryKey.columns: unknown column "nope"',
    ]);
  });

  it('accepts the empty schema of MySQL objects, and only for MySQL', () => {
    const json = JSON.parse(serializeModel(model([table('a')])));
    json.tables[0].schema = '';
    expect(validateModel({ ...json, dialect: 'mysql', schemas: [] }).ok).toBe(true);
    const pg = validateModel(json);
    expect(!pg.ok && pg.error).toEqual(['tables[0].schema: expected a non-empty string']);
  });

  it('rejects a wrong format version and dialect', () => {
    const result = validateModel({ ...emptyModel(), formatVersion: 2, dialect: 'oracle' });
    expect(!result.ok && result.error).toEqual([
      'formatVersion: expected 1, found 2',
      'dialect: expected "postgres" or "mysql", found "oracle"',
    ]);
  });

  it('rejects duplicates and foreign keys to unknown tables or columns', () => {
    const fk = foreignKey('a', ['id'], { schema: 'public', table: 'missing', columns: ['id'] });
    const result = validateModel(
      JSON.parse(serializeModel(model([table('a', { foreignKeys: [fk] }), table('b')]))),
    );
    expect(!result.ok && result.error).toEqual([
      'tables[0].foreignKeys[0]: references unknown table "public.missing"',
    ]);
    const dup = JSON.parse(serializeModel(model([table('a')])));
    dup.tables.push(dup.tables[0]);
    expect(validateModel(dup)).toEqual({ ok: false, error: ['tables: duplicate table "public.a"'] });
  });

  it('rejects what is not an object', () => {
    expect(validateModel([])).toEqual({ ok: false, error: ['(root): expected a JSON object'] });
  });
});

describe('firstDifference', () => {
  it('names the first differing path with both values', () => {
    const a = model([table('a')]);
    const b = model([table('a', { columns: [{ name: 'id', type: 'bigint', nullable: false }] })]);
    expect(firstDifference(a, b)).toBe('tables[0]{a}.columns[0]{id}.type: "integer" != "bigint"');
    expect(firstDifference(a, a)).toBeUndefined();
  });
});

describe('shareUnchanged', () => {
  it('reuses the base objects that are equal, and keeps the changed ones', () => {
    const base = model([table('a'), table('b')]);
    const next = JSON.parse(
      JSON.stringify(model([table('a'), table('b', { comment: 'changed' })])),
    ) as SchemaModel;
    const shared = shareUnchanged(base, next);
    expect(shared.tables[0]).toBe(base.tables[0]);
    expect(shared.tables[1]).toBe(next.tables[1]);
    expect(modelsEqual(shared, next)).toBe(true);
  });
});

describe('sameData', () => {
  it('treats undefined keys as absent and ignores top-level keys on request only', () => {
    expect(sameData({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameData({ a: [1, { c: 2 }] }, { a: [1, { c: 3 }] })).toBe(false);
    expect(sameData({ name: 'x', v: 1 }, { name: 'y', v: 1 }, ['name'])).toBe(true);
    expect(sameData({ n: { name: 'x' } }, { n: { name: 'y' } }, ['name'])).toBe(false);
  });
});
