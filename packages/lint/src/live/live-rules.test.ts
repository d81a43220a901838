import { planMigration } from '@schema-studio/postgres';
import {
  applyEdits,
  emptyModel,
  foreignKey,
  type LiveStats,
  type SchemaModel,
  tableDef,
} from '@schema-studio/schema';
import { describe, expect, it } from 'vitest';
import { lintModel } from '../lint.ts';
import { liveFindings } from './live-rules.ts';

const id = { name: 'id', type: 'integer', nullable: false };
const identity = {
  generation: 'always' as const,
  start: '1',
  increment: '1',
  min: '1',
  max: '2147483647',
  cache: '1',
  cycle: false,
};
const customers = tableDef({
  schema: 'public',
  name: 'customers',
  columns: [{ ...id, identity }],
  primaryKey: { name: 'customers_pkey', columns: ['id'] },
});
const orders = tableDef({
  schema: 'public',
  name: 'orders',
  columns: [
    id,
    { name: 'customer_id', type: 'integer', nullable: false },
    { name: 'note', type: 'text', nullable: true },
  ],
  primaryKey: { name: 'orders_pkey', columns: ['id'] },
  foreignKeys: [
    foreignKey('orders', ['customer_id'], { schema: 'public', table: 'customers', columns: ['id'] }),
  ],
  indexes: [
    { name: 'orders_note', unique: false, method: 'btree', keys: [{ column: 'note' }] },
    { name: 'orders_customer', unique: false, method: 'btree', keys: [{ column: 'customer_id' }] },
  ],
});
const model: SchemaModel = { ...emptyModel('postgres'), tables: [customers, orders] };

const stats = (over: Partial<LiveStats> = {}): LiveStats => ({
  dialect: 'postgres',
  collectedAt: '2026-11-25T00:00:00Z',
  statsResetAt: '2026-11-01T00:00:00Z',
  available: { indexUsage: true, tableScans: true, indexSizes: true },
  tables: [],
  indexes: [],
  sequences: [],
  ...over,
});
const index = { schema: 'public', table: 'orders', valid: true, unique: false, primary: false, scans: 0 };
const sequence = {
  schema: 'public',
  name: 'customers_id_seq',
  kind: 'sequence' as const,
  ownedBy: { table: 'public.customers', column: 'id' },
  lastValue: '2147000000',
  minValue: '1',
  maxValue: '2147483647',
  increment: '1',
  cycle: false,
  headroom: 0.0002,
};

describe('live-only findings', () => {
  it('calls an index unused only when it enforces nothing and no foreign key leans on it', () => {
    const found = liveFindings(
      model,
      stats({
        indexes: [
          { ...index, index: 'orders_note' },
          { ...index, index: 'orders_customer' },
          { ...index, index: 'orders_pkey', primary: true, unique: true },
          { ...index, index: 'gone_from_design' },
        ],
      }),
      {},
      [],
    );
    expect(found.map((f) => [f.rule, f.severity, f.object.name])).toEqual([
      ['unused-index', 'info', 'orders_note'],
    ]);
  });

  it('offers the drop of an unused index as its fix, which plans a DROP INDEX', () => {
    const [found] = liveFindings(model, stats({ indexes: [{ ...index, index: 'orders_note' }] }), {}, []);
    expect(found?.fix).toEqual([
      { kind: 'index.remove', schema: 'public', table: 'orders', name: 'orders_note' },
    ]);
    const fixed = applyEdits(model, found?.fix ?? []);
    expect(fixed.tables.find((t) => t.name === 'orders')?.indexes.map((i) => i.name)).toEqual([
      'orders_customer',
    ]);
    expect(planMigration(model, fixed, []).up.map((s) => s.sql)).toEqual([
      'DROP INDEX CONCURRENTLY public.orders_note',
    ]);
  });

  it('offers no drop of an unused index the replica identity uses, and says why', () => {
    const identityModel = {
      ...model,
      tables: model.tables.map((t) =>
        t.name === 'orders' ? { ...t, replicaIdentity: 'index:orders_note' } : t,
      ),
    };
    const [found] = liveFindings(
      identityModel,
      stats({ indexes: [{ ...index, index: 'orders_note' }] }),
      {},
      [],
    );
    expect(found?.fix).toBeUndefined();
    expect(found?.message).toContain('Not dropped automatically: it is the replica identity.');
  });

  it('reports an invalid index, and nothing unused when the server keeps no usage counters', () => {
    expect(
      liveFindings(model, stats({ indexes: [{ ...index, index: 'orders_note', valid: false }] }), {}, []).map(
        (f) => f.rule,
      ),
    ).toEqual(['invalid-index']);
    const blind = stats({ available: { indexUsage: false, tableScans: false, indexSizes: false } });
    expect(liveFindings(model, { ...blind, indexes: [{ ...index, index: 'orders_note' }] }, {}, [])).toEqual(
      [],
    );
  });

  it('reports a large table read mostly by sequential scans, not a small or index-read one', () => {
    const table = { schema: 'public', table: 'orders', tableBytes: 1, indexBytes: 1, totalBytes: 2 };
    const busy = stats({ tables: [{ ...table, rowEstimate: 500_000, seqScans: 900, indexScans: 10 }] });
    expect(liveFindings(model, busy, {}, []).map((f) => [f.rule, f.object.name])).toEqual([
      ['sequential-scans', 'orders'],
    ]);
    const small = stats({ tables: [{ ...table, rowEstimate: 500, seqScans: 900, indexScans: 10 }] });
    expect(liveFindings(model, small, {}, [])).toEqual([]);
    const indexed = stats({ tables: [{ ...table, rowEstimate: 500_000, seqScans: 900, indexScans: 5_000 }] });
    expect(liveFindings(model, indexed, {}, [])).toEqual([]);
  });

  it('reports a sequence near its end once: not when the integer-key rule already speaks for its column', () => {
    const near = stats({ sequences: [sequence] });
    const alone = liveFindings(model, near, {}, []);
    expect(alone.map((f) => [f.rule, f.severity, f.object.table, f.object.name])).toEqual([
      ['sequence-near-exhaustion', 'error', 'customers', 'id'],
    ]);
    const keyRule = lintModel(model, { live: { sequenceHeadroom: { 'public.customers.id': 0.0002 } } });
    expect(keyRule.some((f) => f.rule === 'integer-primary-key' && f.object.table === 'customers')).toBe(
      true,
    );
    expect(liveFindings(model, near, {}, keyRule)).toEqual([]);
  });

  it('takes rule settings like the model rules: a new severity, or off', () => {
    const near = stats({ indexes: [{ ...index, index: 'orders_note' }] });
    expect(liveFindings(model, near, { 'unused-index': 'warning' }, [])[0]?.severity).toBe('warning');
    expect(liveFindings(model, near, { 'unused-index': 'off' }, [])).toEqual([]);
  });
});
