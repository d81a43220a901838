import { describe, expect, it } from 'vitest';
import { btree, col, findings, fixSql, fk, model, only, table } from '../testing/models.ts';

describe('reference-without-foreign-key', () => {
  const customers = table('customers', [col('id'), col('name', 'text')]);

  it('reports customer_id → customers.id without a foreign key, and its fix adds one', () => {
    const m = model([customers, table('orders', [col('id'), col('customer_id')])]);
    const finding = only(m, 'reference-without-foreign-key');
    expect(finding.message).toBe(
      'Column public.orders.customer_id looks like a reference to public.customers.id but has no foreign key.',
    );
    expect(fixSql(m, finding)).toEqual([
      'ALTER TABLE public.orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers (id) NOT VALID',
      'ALTER TABLE public.orders VALIDATE CONSTRAINT orders_customer_id_fkey',
    ]);
  });

  it('finds singular tables, -ies plurals and keys named after the column', () => {
    const category = table('categories', [col('id')]);
    const person = table('person', [col('person_id')], {
      primaryKey: { name: 'p_pkey', columns: ['person_id'] },
    });
    const m = model([category, person, table('posts', [col('id'), col('category_id'), col('person_id')])]);
    expect(findings(m, 'reference-without-foreign-key').map((f) => f.object.name)).toEqual([
      'category_id',
      'person_id',
    ]);
  });

  it('does not report a column with a foreign key, of another type, or naming no table', () => {
    const orders = table('orders', [col('id'), col('customer_id'), col('tracking_id', 'text')], {
      foreignKeys: [fk('orders', ['customer_id'], 'customers')],
    });
    const external = table('payments', [col('id'), col('customer_id', 'text')]);
    expect(findings(model([customers, orders, external]), 'reference-without-foreign-key')).toEqual([]);
  });

  it('on MySQL, plans ADD CONSTRAINT ... FOREIGN KEY', () => {
    const m = model([customers, table('orders', [col('id'), col('customer_id')])], 'mysql');
    expect(fixSql(m, only(m, 'reference-without-foreign-key')).join('\n')).toContain(
      'ADD CONSTRAINT `orders_customer_id_fkey` FOREIGN KEY (`customer_id`) REFERENCES `customers` (`id`)',
    );
  });
});

describe('foreign-key-type-mismatch', () => {
  it('reports an integer column referencing a bigint key', () => {
    const m = model([
      table('customers', [col('id', 'bigint')]),
      table('orders', [col('id'), col('customer_id')], {
        foreignKeys: [fk('orders', ['customer_id'], 'customers')],
      }),
    ]);
    const finding = only(m, 'foreign-key-type-mismatch');
    expect(finding.severity).toBe('error');
    expect(finding.message).toContain('customer_id is integer, public.customers.id is bigint');
  });

  it('treats spellings of one type alike (int4 and integer; MySQL int(11) and int)', () => {
    const pg = model([
      table('customers', [col('id', 'int4')]),
      table('orders', [col('id'), col('customer_id')], {
        foreignKeys: [fk('orders', ['customer_id'], 'customers')],
      }),
    ]);
    expect(findings(pg, 'foreign-key-type-mismatch')).toEqual([]);
    const my = model(
      [
        table('customers', [col('id', 'int(11)')]),
        table('orders', [col('id', 'int'), col('customer_id', 'int')], {
          foreignKeys: [fk('orders', ['customer_id'], 'customers')],
        }),
      ],
      'mysql',
    );
    expect(findings(my, 'foreign-key-type-mismatch')).toEqual([]);
  });
});

describe('nullable-unique-keys', () => {
  const codes = (nullable: boolean, extra: Parameters<typeof table>[2] = {}) =>
    table('codes', [col('code', 'text', { nullable }), col('region', 'text', { nullable: true })], {
      primaryKey: undefined,
      uniques: [{ name: 'codes_code_key', columns: ['code'] }],
      ...extra,
    });

  it('reports a table whose every unique key has a nullable column', () => {
    const m = model([codes(true, { indexes: [btree('codes_region', ['region'], true)] })]);
    expect(only(m, 'nullable-unique-keys').message).toBe(
      'Every unique key of public.codes has a nullable column: codes_code_key (code) has nullable code; codes_region (region) has nullable region.',
    );
  });

  it('does not report when one key is all NOT NULL, NULLS NOT DISTINCT, or there is a primary key', () => {
    expect(findings(model([codes(false)]), 'nullable-unique-keys')).toEqual([]);
    const nnd = codes(true, { uniques: [{ name: 'c', columns: ['code'], nullsNotDistinct: true }] });
    expect(findings(model([nnd]), 'nullable-unique-keys')).toEqual([]);
    const keyed = codes(true, {
      columns: [col('id'), col('code', 'text', { nullable: true })],
      primaryKey: { name: 'pk', columns: ['id'] },
    });
    expect(findings(model([keyed]), 'nullable-unique-keys')).toEqual([]);
  });
});
