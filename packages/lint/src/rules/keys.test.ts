import { applyEdits } from '@schema-studio/schema';
import { describe, expect, it } from 'vitest';
import { btree, col, findings, fixSql, fk, model, only, table } from '../testing/models.ts';

const customers = table('customers', [col('id'), col('email', 'text')]);
const orders = (extra: Parameters<typeof table>[2] = {}) =>
  table('orders', [col('id'), col('customer_id'), col('placed_on', 'date')], {
    foreignKeys: [fk('orders', ['customer_id'], 'customers')],
    ...extra,
  });

describe('table-without-primary-key', () => {
  it('reports a table without a primary key, not one with', () => {
    const m = model([table('log', [col('line', 'text')], { primaryKey: undefined }), customers]);
    expect(only(m, 'table-without-primary-key').object).toEqual({
      kind: 'table',
      schema: 'public',
      name: 'log',
    });
    expect(only(m, 'table-without-primary-key').severity).toBe('error');
  });

  it('leaves partitions alone: their key is the parent’s', () => {
    const part = table('m_2024', [col('id')], {
      primaryKey: undefined,
      partitionOf: { schema: 'public', table: 'm', bound: 'DEFAULT' },
    });
    expect(findings(model([part]), 'table-without-primary-key')).toEqual([]);
  });
});

describe('fk-without-index', () => {
  it('reports a foreign key no index leads with, and its fix creates the index', () => {
    const m = model([customers, orders()]);
    const finding = only(m, 'fk-without-index');
    expect(finding.object).toMatchObject({
      kind: 'foreignKey',
      table: 'orders',
      name: 'orders_customer_id_fkey',
    });
    expect(fixSql(m, finding)).toEqual([
      'CREATE INDEX CONCURRENTLY orders_customer_id_idx ON public.orders (customer_id)',
    ]);
  });

  it('accepts an index that leads with the columns, and the primary key', () => {
    expect(
      findings(
        model([customers, orders({ indexes: [btree('o_c', ['customer_id', 'placed_on'])] })]),
        'fk-without-index',
      ),
    ).toEqual([]);
    const link = table('customer_tags', [col('customer_id'), col('tag', 'text')], {
      primaryKey: { name: 'ct_pkey', columns: ['customer_id', 'tag'] },
      foreignKeys: [fk('customer_tags', ['customer_id'], 'customers')],
    });
    expect(findings(model([customers, link]), 'fk-without-index')).toEqual([]);
  });

  it('does not count an index where the columns come second, or a partial one', () => {
    const partial = { ...btree('o_partial', ['customer_id']), where: '(placed_on > CURRENT_DATE)' };
    const m = model([customers, orders({ indexes: [btree('o_pc', ['placed_on', 'customer_id']), partial] })]);
    expect(findings(m, 'fk-without-index')).toHaveLength(1);
  });

  it('on MySQL, plans ADD INDEX', () => {
    const m = model([customers, orders()], 'mysql');
    const finding = only(m, 'fk-without-index');
    expect(fixSql(m, finding).join('\n')).toMatch(
      /^ALTER TABLE `orders` ADD INDEX `orders_customer_id_idx` \(`customer_id`\)/,
    );
  });
});

describe('duplicate-index', () => {
  it('reports the second of two identical indexes and drops it', () => {
    const m = model([
      customers,
      orders({ indexes: [btree('a_idx', ['customer_id']), btree('b_idx', ['customer_id'])] }),
    ]);
    const finding = only(m, 'duplicate-index');
    expect(finding.object.name).toBe('b_idx');
    expect(finding.message).toContain('duplicates index a_idx');
    expect(fixSql(m, finding)).toEqual(['DROP INDEX CONCURRENTLY public.b_idx']);
  });

  it('reports an index on exactly the primary key', () => {
    const m = model([table('t', [col('id')], { indexes: [btree('t_id', ['id'])] })]);
    expect(only(m, 'duplicate-index').message).toContain('the primary key t_pkey');
  });

  it('does not report indexes that differ in order, direction, method or predicate', () => {
    const desc = { ...btree('c_desc', ['customer_id']), keys: [{ column: 'customer_id', descending: true }] };
    const hash = { ...btree('c_hash', ['customer_id']), method: 'hash' };
    const indexes = [
      btree('c_asc', ['customer_id']),
      desc,
      hash,
      btree('c_two', ['placed_on', 'customer_id']),
    ];
    expect(findings(model([customers, orders({ indexes })]), 'duplicate-index')).toEqual([]);
  });

  it('on MySQL, drops the duplicate with ALTER TABLE ... DROP INDEX', () => {
    const indexes = [btree('a_idx', ['customer_id']), btree('b_idx', ['customer_id'])].map((i) => ({
      ...i,
      method: 'BTREE',
    }));
    const m = model([customers, orders({ indexes })], 'mysql');
    expect(fixSql(m, only(m, 'duplicate-index')).join('\n')).toMatch(
      /^ALTER TABLE `orders` DROP INDEX `b_idx`/,
    );
  });
});

describe('redundant-index', () => {
  it('reports an index that is a leading prefix of another, and drops it', () => {
    const indexes = [btree('o_c', ['customer_id']), btree('o_cp', ['customer_id', 'placed_on'])];
    const m = model([customers, orders({ indexes })]);
    const finding = only(m, 'redundant-index');
    expect(finding.object.name).toBe('o_c');
    expect(fixSql(m, finding)).toEqual(['DROP INDEX CONCURRENTLY public.o_c']);
  });

  it('keeps a unique prefix, and an index that is not a prefix', () => {
    const indexes = [
      btree('o_c', ['customer_id'], true),
      btree('o_cp', ['customer_id', 'placed_on']),
      btree('o_p', ['placed_on']),
    ];
    expect(findings(model([customers, orders({ indexes })]), 'redundant-index')).toEqual([]);
  });

  it('on MySQL, drops a prefix only while another index still serves the foreign key', () => {
    // A FULLTEXT index does not serve lookups; the longer b-tree does, so the server accepts the drop.
    const fulltext = { ...btree('o_ft', ['customer_id', 'placed_on']), method: 'FULLTEXT' };
    const bt = (name: string, columns: string[]) => ({ ...btree(name, columns), method: 'BTREE' });
    const m = model(
      [
        customers,
        orders({ indexes: [bt('o_c', ['customer_id']), bt('o_cp', ['customer_id', 'placed_on']), fulltext] }),
      ],
      'mysql',
    );
    const finding = only(m, 'redundant-index');
    expect(fixSql(m, finding).join('\n')).toMatch(/DROP INDEX `o_c`/);
    expect(findings(applyEdits(m, finding.fix ?? []), 'fk-without-index')).toEqual([]);
  });

  it('offers no drop when the index is a replica identity', () => {
    const indexes = [btree('o_c', ['customer_id']), btree('o_cp', ['customer_id', 'placed_on'])];
    const finding = only(
      model([customers, orders({ indexes, replicaIdentity: 'index:o_c' })]),
      'redundant-index',
    );
    expect(finding.fix).toBeUndefined();
    expect(finding.message).toContain('replica identity');
  });
});

describe('unique-index-duplicates-constraint', () => {
  const users = (extra: Parameters<typeof table>[2] = {}) =>
    table('users', [col('id'), col('email', 'text')], {
      uniques: [{ name: 'users_email_key', columns: ['email'] }],
      ...extra,
    });

  it('reports a unique index beside a unique constraint on the same columns, and drops the index', () => {
    const m = model([users({ indexes: [btree('users_email_idx', ['email'], true)] })]);
    const finding = only(m, 'unique-index-duplicates-constraint');
    expect(finding.message).toContain('users_email_key');
    expect(fixSql(m, finding)).toEqual(['DROP INDEX CONCURRENTLY public.users_email_idx']);
    // The same pair is not also a duplicate-index finding.
    expect(findings(m, 'duplicate-index')).toEqual([]);
  });

  it('does not report a partial unique index or one on other columns', () => {
    const partial = { ...btree('u_e', ['email'], true), where: '(id > 0)' };
    expect(
      findings(
        model([users({ indexes: [partial, btree('u_i', ['id', 'email'], true)] })]),
        'unique-index-duplicates-constraint',
      ),
    ).toEqual([]);
  });

  it('offers no drop when a foreign key references those columns (it may be bound to the index)', () => {
    const m = model([
      users({ indexes: [btree('users_email_idx', ['email'], true)] }),
      table('notes', [col('id'), col('author', 'text')], {
        foreignKeys: [fk('notes', ['author'], 'users', ['email'])],
      }),
    ]);
    const finding = only(m, 'unique-index-duplicates-constraint');
    expect(finding.fix).toBeUndefined();
    expect(finding.message).toContain('notes_author_fkey');
  });
});
