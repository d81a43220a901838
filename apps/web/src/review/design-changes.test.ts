import { emptyModel, type SchemaModel, tableDef } from '@schema-studio/schema';
import { describe, expect, it } from 'vitest';
import { designChanges } from './design-changes.ts';

const customers = tableDef({
  schema: 'public',
  name: 'customers',
  columns: [
    { name: 'id', type: 'integer', nullable: false },
    { name: 'email', type: 'text', nullable: true },
  ],
  primaryKey: { name: 'customers_pkey', columns: ['id'] },
});
const orders = tableDef({
  schema: 'public',
  name: 'orders',
  columns: [{ name: 'id', type: 'integer', nullable: false }],
});
const model = (...tables: SchemaModel['tables']): SchemaModel => ({ ...emptyModel(), tables });
// Snapshots arrive as JSON: equal tables are never the same object.
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('designChanges', () => {
  it('finds nothing in an unchanged design', () => {
    const changes = designChanges(model(customers), copy(model(customers)), []);
    expect(changes.map((t) => [t.name, t.kind])).toEqual([['customers', 'unchanged']]);
    expect(changes[0]?.columns.every((c) => c.kind === 'unchanged')).toBe(true);
  });

  it('marks an added column and its table as changed, an added and a removed table whole', () => {
    const wider = {
      ...customers,
      columns: [...customers.columns, { name: 'nickname', type: 'text', nullable: true }],
    };
    const added = tableDef({
      schema: 'public',
      name: 'notes',
      columns: [{ name: 'body', type: 'text', nullable: true }],
    });
    const changes = designChanges(model(customers, orders), model(wider, added), []);
    expect(changes.map((t) => [t.name, t.kind])).toEqual([
      ['customers', 'changed'],
      ['notes', 'added'],
      ['orders', 'removed'],
    ]);
    expect(changes[0]?.columns.map((c) => [c.name, c.kind])).toEqual([
      ['id', 'unchanged'],
      ['email', 'unchanged'],
      ['nickname', 'added'],
    ]);
    expect(changes[1]?.columns[0]?.kind).toBe('added');
    expect(changes[2]?.columns[0]?.kind).toBe('removed');
  });

  it('lists a dropped column after the kept ones and says what changed in a changed column', () => {
    const narrower = { ...customers, columns: [{ name: 'id', type: 'bigint', nullable: false }] };
    const [table] = designChanges(model(customers), model(narrower), []);
    expect(table?.columns).toEqual([
      { name: 'id', type: 'bigint', kind: 'changed', notes: ['type integer → bigint'] },
      { name: 'email', type: 'text', kind: 'removed', notes: [] },
    ]);
  });

  it('follows rename hints for tables and columns, and only them', () => {
    const renamed = {
      ...customers,
      name: 'clients',
      columns: [customers.columns[0], { name: 'mail', type: 'text', nullable: false }],
    } as typeof customers;
    const hints = [
      { kind: 'table' as const, schema: 'public', from: 'customers', to: 'clients' },
      { kind: 'column' as const, schema: 'public', table: 'customers', from: 'email', to: 'mail' },
    ];
    const [table] = designChanges(model(customers), model(renamed), hints);
    expect(table).toMatchObject({ name: 'clients', kind: 'changed', notes: ['renamed from customers'] });
    expect(table?.columns[1]).toEqual({
      name: 'mail',
      type: 'text',
      kind: 'changed',
      notes: ['renamed from email', 'now NOT NULL'],
    });
    // Without the hints, the same design is a removal and an addition.
    expect(designChanges(model(customers), model(renamed), []).map((t) => t.kind)).toEqual([
      'added',
      'removed',
    ]);
  });

  it('notes table-level changes such as a new foreign key, and records what a table references', () => {
    const linked = {
      ...orders,
      foreignKeys: [
        {
          name: 'orders_customer_fkey',
          columns: ['id'],
          refSchema: 'public',
          refTable: 'customers',
          refColumns: ['id'],
          onUpdate: 'NO ACTION',
          onDelete: 'NO ACTION',
          match: 'SIMPLE',
          deferrable: false,
          initiallyDeferred: false,
        },
      ],
    } as unknown as typeof orders;
    const [, table] = designChanges(model(customers, orders), model(customers, linked), []);
    expect(table).toMatchObject({
      kind: 'changed',
      notes: ['foreign keys changed'],
      references: ['public.customers'],
    });
  });
});
