import type { LiveStats } from '@schema-studio/schema';
import { describe, expect, it } from 'vitest';
import { lintModel } from './lint.ts';
import { liveFacts } from './live-facts.ts';
import { col, model, table } from './testing/models.ts';

const sequence = {
  kind: 'autoIncrement',
  lastValue: '2000000000',
  minValue: '1',
  maxValue: '2147483647',
  increment: '1',
} as const;

const stats: LiveStats = {
  dialect: 'mysql',
  collectedAt: '2026-01-01T00:00:00Z',
  available: { indexUsage: false, tableScans: false, indexSizes: false },
  tables: [{ schema: '', table: 'orders', rowEstimate: 10, tableBytes: 0, indexBytes: 0, totalBytes: 0 }],
  indexes: [],
  sequences: [
    {
      ...sequence,
      schema: '',
      name: 'orders',
      ownedBy: { table: '.orders', column: 'id' },
      cycle: false,
      headroom: 0.07,
    },
    {
      ...sequence,
      schema: '',
      name: 'loop',
      ownedBy: { table: '.loop', column: 'id' },
      cycle: true,
      headroom: 0,
    },
  ],
};

describe('liveFacts', () => {
  it('keys row estimates and headroom like the rules read them, leaving cycling sequences out', () => {
    expect(liveFacts(stats)).toEqual({
      rowEstimates: { '.orders': 10 },
      sequenceHeadroom: { '.orders.id': 0.07 },
    });
  });

  it('escalates a MySQL AUTO_INCREMENT key close to its end', () => {
    const m = model([table('orders', [col('id', 'int(11)', { mysql: { autoIncrement: true } })])], 'mysql');
    const [finding] = lintModel(m, { live: liveFacts(stats) }).filter(
      (f) => f.rule === 'integer-primary-key',
    );
    expect(finding?.severity).toBe('error');
  });
});
