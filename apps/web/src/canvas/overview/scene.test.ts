import { emptyModel, foreignKey, type SchemaModel, tableDef } from '@schema-studio/schema';
import { describe, expect, it } from 'vitest';
import type { Layout } from '../../lib/types.ts';
import { nodeGeometry } from '../node-geometry.ts';
import { buildScene, edgeIntersects, sceneBounds, tableAt } from './scene.ts';

const id = { name: 'id', type: 'integer', nullable: false };
const table = (name: string, refs: string[] = []) =>
  tableDef({
    schema: 'public',
    name,
    columns: [id, ...refs.map((r) => ({ name: `${r}_id`, type: 'integer', nullable: true }))],
    primaryKey: { name: `${name}_pkey`, columns: ['id'] },
    foreignKeys: refs.map((r) =>
      foreignKey(name, [`${r}_id`], { schema: 'public', table: r, columns: ['id'] }),
    ),
  });

const design: SchemaModel = {
  ...emptyModel(),
  tables: [table('a'), table('b', ['a', 'b']), table('c', ['a'])],
};
const layout: Layout = {
  positions: { 'public.a': { x: 0, y: 0 }, 'public.b': { x: 500, y: 0 }, 'public.c': { x: 100, y: 50 } },
  colors: { 'public.b': '#ff0000' },
  hidden: [],
};

describe('the drawn overview scene', () => {
  it('has every shown table at its position with its node size, color and title', () => {
    const scene = buildScene(design, layout);
    const b = scene.tables.find((t) => t.key === 'public.b');
    expect(b).toMatchObject({ title: 'b', x: 500, y: 0, color: '#ff0000' });
    expect(b?.width).toBe(nodeGeometry(design.tables[1] ?? table('x')).width);
  });

  it('draws a line per relation between shown tables, from the facing sides, and counts self-references', () => {
    const scene = buildScene(design, layout);
    expect(scene.relations).toBe(3);
    expect(scene.edges).toHaveLength(2);
    const a = scene.tables.find((t) => t.key === 'public.a');
    const bToA = scene.edges.find((e) => e.x1 === 500);
    // b is right of a: the line leaves b's left side and ends on a's right side.
    expect(bToA?.x2).toBe((a?.x ?? 0) + (a?.width ?? 0));
  });

  it('leaves hidden tables and their relations out', () => {
    const scene = buildScene(design, { ...layout, hidden: ['public.a'] });
    expect(scene.tables.map((t) => t.key)).toEqual(['public.b', 'public.c']);
    expect(scene.relations).toBe(1);
    expect(scene.edges).toHaveLength(0);
  });

  it('hits the topmost table under a point, and nothing on empty space', () => {
    const scene = buildScene(design, layout);
    expect(tableAt(scene, { x: 120, y: 60 })?.key).toBe('public.c');
    expect(tableAt(scene, { x: 10, y: 10 })?.key).toBe('public.a');
    expect(tableAt(scene, { x: 5000, y: 5000 })).toBeNull();
  });

  it('bounds all tables or the given ones; a line is in view when its box meets the view', () => {
    const scene = buildScene(design, layout);
    const all = sceneBounds(scene);
    expect(all?.x).toBe(0);
    expect(sceneBounds(scene, new Set(['public.c']))).toMatchObject({ x: 100, y: 50 });
    expect(sceneBounds(scene, new Set(['nope']))).toBeNull();
    const line = { x1: 0, y1: 0, x2: 100, y2: 100 };
    expect(edgeIntersects(line, { x: 50, y: 50, width: 10, height: 10 })).toBe(true);
    expect(edgeIntersects(line, { x: 200, y: 0, width: 10, height: 10 })).toBe(false);
  });
});
