import { emptyModel, type SchemaModel, tableDef } from '@schema-studio/schema';
import { describe, expect, it } from 'vitest';
import type { Layout, Project } from '../lib/types.ts';
import { keepPositionsByName } from './positions.ts';
import { createProjectStore } from './project-store.ts';

const table = (name: string) =>
  tableDef({ schema: 'public', name, columns: [{ name: 'id', type: 'integer', nullable: false }] });
const model = (...names: string[]): SchemaModel => ({ ...emptyModel(), tables: names.map(table) });

const layout: Layout = {
  positions: { 'public.a': { x: 1, y: 2 }, 'public.b': { x: 500, y: 40 } },
  colors: { 'public.b': '#f00' },
  hidden: ['public.b'],
};

describe('positions kept by table name after an SQL edit', () => {
  it('keeps known tables, drops gone ones, places new ones below the rest', () => {
    const next = keepPositionsByName(layout, model('a', 'c'));
    expect(next.positions['public.a']).toEqual({ x: 1, y: 2 });
    expect(next.positions['public.b']).toBeUndefined();
    expect(next.positions['public.c']?.y).toBeGreaterThan(40);
    expect(next.colors).toEqual({});
    expect(next.hidden).toEqual([]);
  });

  it('through the store: replaceDesign keeps positions by name and is one undo step', () => {
    const project: Project = {
      id: 'p',
      name: 'p',
      baseline: emptyModel(),
      design: model('a', 'b'),
      layout,
      hints: [],
      version: 1,
      createdAt: '',
      updatedAt: '',
    };
    const store = createProjectStore(project);
    store.getState().actions.replaceDesign(model('b', 'd'));
    const s = store.getState();
    expect(s.design.tables.map((t) => t.name)).toEqual(['b', 'd']);
    expect(s.layout.positions['public.b']).toEqual({ x: 500, y: 40 });
    expect(s.layout.positions['public.d']).toBeDefined();
    expect(s.design.tables[0]).toBe(project.design.tables[1]);
    s.actions.undo();
    expect(store.getState().layout.positions['public.a']).toEqual({ x: 1, y: 2 });
  });
});
