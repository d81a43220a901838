import {
  applyEdits,
  emptyModel,
  type IdentityDef,
  type LiveStats,
  type SchemaModel,
  type TableDef,
} from '@schema-studio/schema';
import { describe, expect, it } from 'vitest';
import {
  adviceByTable,
  advise,
  adviseDesign,
  countBySeverity,
  shortBytes,
  shortCount,
  tableKeyOf,
} from './advice.ts';

const IDENTITY: IdentityDef = {
  generation: 'always',
  start: '1',
  increment: '1',
  min: '1',
  max: '2147483647',
  cache: '1',
  cycle: false,
};

const table = (name: string, extra: Partial<TableDef> = {}): TableDef => ({
  schema: 'public',
  name,
  columns: [
    { name: 'id', type: 'integer', nullable: false, identity: IDENTITY },
    { name: 'customer_id', type: 'integer', nullable: false },
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
});

const customers = table('customers', {
  columns: [{ name: 'id', type: 'integer', nullable: false, identity: IDENTITY }],
});
const orders = table('orders', {
  foreignKeys: [
    {
      name: 'orders_customer_id_fkey',
      columns: ['customer_id'],
      refSchema: 'public',
      refTable: 'customers',
      refColumns: ['id'],
      onDelete: 'no action',
      onUpdate: 'no action',
      match: 'simple',
      deferrable: false,
      initiallyDeferred: false,
    },
  ],
  indexes: [{ name: 'orders_note', unique: false, method: 'btree', keys: [{ column: 'customer_id' }] }],
});
const design: SchemaModel = {
  ...emptyModel('postgres'),
  tables: [customers, table('orders')],
} as SchemaModel;
const withFk: SchemaModel = {
  ...emptyModel('postgres'),
  tables: [customers, { ...orders, indexes: [] }],
} as SchemaModel;

const stats = (over: Partial<LiveStats> = {}): LiveStats => ({
  dialect: 'postgres',
  collectedAt: '2025-01-02T00:00:00Z',
  statsResetAt: '2025-01-01T00:00:00Z',
  available: { indexUsage: true, tableScans: true, indexSizes: true },
  tables: [
    {
      schema: 'public',
      table: 'orders',
      rowEstimate: 1_900_000_000,
      tableBytes: 8192,
      indexBytes: 0,
      totalBytes: 8192,
    },
    { schema: 'public', table: 'customers', rowEstimate: null, tableBytes: 0, indexBytes: 0, totalBytes: 0 },
  ],
  indexes: [],
  sequences: [],
  ...over,
});

describe('advisor', () => {
  it('finds a foreign key without an index, and its fix removes the finding', () => {
    const findings = adviseDesign(withFk, null);
    const fk = findings.find((f) => f.rule === 'fk-without-index');
    expect(fk).toBeDefined();
    expect(fk && tableKeyOf(fk)).toBe('public.orders');
    const fixed = applyEdits(withFk, fk?.fix ?? []);
    expect(adviseDesign(fixed, null).some((f) => f.rule === 'fk-without-index')).toBe(false);
  });

  it('escalates with live row estimates (integer key close to its limit)', () => {
    const plain = adviseDesign(design, null).find(
      (f) => f.rule === 'integer-primary-key' && f.object.table === 'orders',
    );
    const live = adviseDesign(design, stats()).find(
      (f) => f.rule === 'integer-primary-key' && f.object.table === 'orders',
    );
    expect(plain?.severity).toBe('info');
    expect(live?.severity).toBe('error');
  });

  it('memoizes per design and stats, sorts worst first, counts per table', () => {
    const s = stats();
    const first = advise(withFk, s);
    expect(advise(withFk, s)).toBe(first);
    expect(advise(withFk, null)).not.toBe(first);
    const ranks = first.map((f) => ['error', 'warning', 'info'].indexOf(f.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(first.map((f) => f.id)).size).toBe(first.length);
    const orders = adviceByTable(first).get('public.orders');
    expect(orders?.count).toBe(first.filter((f) => tableKeyOf(f) === 'public.orders').length);
    expect(orders?.worst).toBe('error');
    const counts = countBySeverity(first);
    expect(counts.error + counts.warning + counts.info).toBe(first.length);
  });

  it('prints short numbers', () => {
    expect([shortCount(950), shortCount(1234), shortCount(12_345), shortCount(3_400_000)]).toEqual([
      '950',
      '1.2k',
      '12k',
      '3.4M',
    ]);
    expect([shortBytes(512), shortBytes(8192), shortBytes(1_572_864)]).toEqual(['512 B', '8 kB', '1.5 MB']);
  });
});
