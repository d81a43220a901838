import { describe, expect, it } from 'vitest';
import { gridLayout, NODE_WIDTH, nodeHeight } from './change-layout.ts';
import type { TableChange } from './design-changes.ts';

const table = (name: string, columns: number): TableChange => ({
  key: `public.${name}`,
  schema: 'public',
  name,
  kind: 'added',
  notes: [],
  references: [],
  columns: Array.from({ length: columns }, (_, i) => ({
    name: `c${i}`,
    type: 'text',
    kind: 'added',
    notes: [],
  })),
});

describe('gridLayout', () => {
  it('puts tables in a near-square grid, each row below the tallest card of the one above', () => {
    const tables = [table('a', 1), table('b', 5), table('c', 2), table('d', 1), table('e', 1)];
    const positions = gridLayout(tables);
    expect(positions.get('public.a')).toEqual({ x: 0, y: 0 });
    expect(positions.get('public.c')?.x).toBeGreaterThanOrEqual(2 * NODE_WIDTH);
    const second = positions.get('public.d');
    expect(second?.x).toBe(0);
    expect(second?.y).toBeGreaterThan(nodeHeight(table('b', 5)));
    expect(positions.size).toBe(5);
  });

  it('lays out nothing for no tables', () => {
    expect(gridLayout([]).size).toBe(0);
  });
});
