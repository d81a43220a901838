import { describe, expect, it } from 'vitest';
import { indexStatsByTable, type LiveStats, sequenceHeadroom, tableStatsByKey } from './live-stats.ts';

describe('sequenceHeadroom', () => {
  it('is 1 before the first value and 0 at the end', () => {
    expect(sequenceHeadroom(null, '1', '2147483647', '1')).toBe(1);
    expect(sequenceHeadroom('2147483647', '1', '2147483647', '1')).toBe(0);
  });

  it('is the unused fraction of an ascending range', () => {
    expect(sequenceHeadroom('120', '1', '127', '1')).toBeCloseTo(7 / 126, 12);
    expect(sequenceHeadroom('1', '1', '101', '1')).toBe(1);
  });

  it('keeps a small remainder of a bigint range exact', () => {
    expect(sequenceHeadroom('18446744073709551614', '1', '18446744073709551615', '1')).toBeGreaterThan(0);
  });

  it('measures a descending sequence toward its minimum', () => {
    expect(sequenceHeadroom('-90', '-100', '-1', '-1')).toBeCloseTo(10 / 99, 12);
  });
});

describe('lookups by model key', () => {
  const stats: LiveStats = {
    dialect: 'mysql',
    collectedAt: '2026-01-01T00:00:00.000Z',
    available: { indexUsage: false, tableScans: false, indexSizes: false },
    tables: [
      { schema: '', table: 'film', rowEstimate: 3, tableBytes: 16384, indexBytes: 0, totalBytes: 16384 },
    ],
    indexes: [{ schema: '', table: 'film', index: 'PRIMARY', valid: true, unique: true, primary: true }],
    sequences: [],
  };

  it('finds a table and its index as the model names them', () => {
    expect(tableStatsByKey(stats).get('.film')?.rowEstimate).toBe(3);
    expect(indexStatsByTable(stats).get('.film')?.get('PRIMARY')?.primary).toBe(true);
  });
});
