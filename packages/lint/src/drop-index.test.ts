import { describe, expect, it } from 'vitest';
import { dropIndex } from './drop-index.ts';
import { btree, col, fk, model, table } from './testing/models.ts';
import type { RuleContext } from './types.ts';

function context(m: ReturnType<typeof model>): RuleContext {
  return {
    model: m,
    dialect: m.dialect,
    live: {},
    table: (s, n) => m.tables.find((t) => t.schema === s && t.name === n),
  };
}

const customers = table('customers', [col('id'), col('code', 'text')]);

describe('dropIndex', () => {
  it("offers no drop of a partition's index that may be the copy of its parent's (PostgreSQL refuses it)", () => {
    const parent = table('events', [col('id'), col('kind', 'text')], {
      indexes: [btree('events_kind', ['kind'])],
    });
    const part = table('events_2026', [col('id'), col('kind', 'text')], {
      partitionOf: { schema: 'public', table: 'events', bound: "FOR VALUES IN ('x')" },
      indexes: [btree('events_2026_kind_idx', ['kind']), btree('events_2026_kind', ['kind'])],
    });
    const m = model([parent, part]);
    const t = m.tables.find((x) => x.name === 'events_2026');
    if (t === undefined || t.indexes[0] === undefined) throw new Error('fixture');
    expect(dropIndex(context(m), t, t.indexes[0])).toEqual({
      blocked: "on a partition it may be the copy of events's index, which cannot be dropped on its own",
    });
    // Without such an index on the parent, the duplicate is an ordinary drop.
    const alone = model([table('events', [col('id'), col('kind', 'text')]), part]);
    const u = alone.tables.find((x) => x.name === 'events_2026');
    if (u === undefined || u.indexes[0] === undefined) throw new Error('fixture');
    expect(dropIndex(context(alone), u, u.indexes[0])).toHaveProperty('fix');
  });

  it('refuses the only index a foreign key of the table can use (MySQL refuses it too)', () => {
    const orders = table('orders', [col('id'), col('customer_id')], {
      foreignKeys: [fk('orders', ['customer_id'], 'customers')],
      indexes: [{ ...btree('o_c', ['customer_id']), method: 'BTREE' }],
    });
    const m = model([customers, orders], 'mysql');
    const t = m.tables.find((x) => x.name === 'orders');
    if (t === undefined || t.indexes[0] === undefined) throw new Error('fixture');
    expect(dropIndex(context(m), t, t.indexes[0])).toEqual({
      blocked: 'it is the only index foreign key orders_customer_id_fkey can use',
    });
  });

  it('refuses an index the other side of a MySQL foreign key needs', () => {
    const parent = table('customers', [col('id'), col('code', 'varchar(10)')], {
      indexes: [{ ...btree('c_code', ['code']), method: 'BTREE' }],
    });
    const child = table('orders', [col('id'), col('code', 'varchar(10)')], {
      foreignKeys: [fk('orders', ['code'], 'customers', ['code'])],
      indexes: [{ ...btree('o_code', ['code']), method: 'BTREE' }],
    });
    const m = model([parent, child], 'mysql');
    const t = m.tables.find((x) => x.name === 'customers');
    if (t === undefined || t.indexes[0] === undefined) throw new Error('fixture');
    expect(dropIndex(context(m), t, t.indexes[0])).toEqual({
      blocked: 'foreign key orders_code_fkey of orders may depend on it',
    });
  });

  it('drops an index nothing needs', () => {
    const m = model([table('t', [col('id'), col('a')], { indexes: [btree('t_a', ['a'])] })]);
    const t = m.tables[0];
    if (t === undefined || t.indexes[0] === undefined) throw new Error('fixture');
    expect(dropIndex(context(m), t, t.indexes[0])).toEqual({
      fix: [{ kind: 'index.remove', schema: 'public', table: 't', name: 't_a' }],
    });
  });
});
