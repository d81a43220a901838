import { displayName, type SchemaModel } from '@schema-studio/schema';
import type { Layout } from '../../lib/types.ts';
import { tableKey } from '../../store/positions.ts';
import { nodeGeometry } from '../node-geometry.ts';

/** A table as the overview draws it: a box in flow coordinates. */
export interface SceneTable {
  readonly key: string;
  /** The table's full name as people read it (`schema.name`, or `name` without schemas). */
  readonly label: string;
  readonly title: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly color: string | undefined;
}

/** A relation drawn as a straight line between the facing sides of two tables. */
export interface SceneEdge {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface Scene {
  /** In drawing order: a later table is drawn over an earlier one and is hit first. */
  readonly tables: readonly SceneTable[];
  /** One line per relation between two shown tables; a table referencing itself has no line. */
  readonly edges: readonly SceneEdge[];
  /** Foreign keys between shown tables, self-references included. */
  readonly relations: number;
}

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The shown (not hidden) tables at their layout positions, and one line per foreign key between shown tables. */
export function buildScene(design: SchemaModel, layout: Layout): Scene {
  const hidden = new Set(layout.hidden);
  const byKey = new Map<string, SceneTable>();
  for (const table of design.tables) {
    const key = tableKey(table);
    const position = layout.positions[key];
    if (hidden.has(key) || !position) continue;
    const { width, height } = nodeGeometry(table);
    const title = table.schema === 'public' ? table.name : displayName(table.schema, table.name);
    byKey.set(key, {
      key,
      label: displayName(table.schema, table.name),
      title,
      x: position.x,
      y: position.y,
      width,
      height,
      color: layout.colors[key],
    });
  }
  const edges: SceneEdge[] = [];
  let relations = 0;
  for (const table of design.tables) {
    const from = byKey.get(tableKey(table));
    if (!from) continue;
    for (const fk of table.foreignKeys) {
      const to = byKey.get(`${fk.refSchema}.${fk.refTable}`);
      if (!to) continue;
      relations++;
      if (to !== from) edges.push(facingSides(from, to));
    }
  }
  return { tables: [...byKey.values()], edges, relations };
}

/** The line from the side of `from` that faces `to` to the side of `to` that faces `from`, at mid-height. */
function facingSides(from: SceneTable, to: SceneTable): SceneEdge {
  const rightward = from.x + from.width / 2 <= to.x + to.width / 2;
  return {
    x1: rightward ? from.x + from.width : from.x,
    y1: from.y + from.height / 2,
    x2: rightward ? to.x : to.x + to.width,
    y2: to.y + to.height / 2,
  };
}

export const intersects = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

export function edgeIntersects(edge: SceneEdge, view: Rect): boolean {
  const x = Math.min(edge.x1, edge.x2);
  const y = Math.min(edge.y1, edge.y2);
  return intersects(
    { x, y, width: Math.abs(edge.x2 - edge.x1) + 1, height: Math.abs(edge.y2 - edge.y1) + 1 },
    view,
  );
}

/** The topmost table under a point in flow coordinates. */
export function tableAt(scene: Scene, point: { x: number; y: number }): SceneTable | null {
  for (let i = scene.tables.length - 1; i >= 0; i--) {
    const t = scene.tables[i];
    if (t && point.x >= t.x && point.x <= t.x + t.width && point.y >= t.y && point.y <= t.y + t.height)
      return t;
  }
  return null;
}

/** The box around the given tables (all of them when `keys` is absent); null when there are none. */
export function sceneBounds(scene: Scene, keys?: ReadonlySet<string>): Rect | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const t of scene.tables) {
    if (keys && !keys.has(t.key)) continue;
    minX = Math.min(minX, t.x);
    minY = Math.min(minY, t.y);
    maxX = Math.max(maxX, t.x + t.width);
    maxY = Math.max(maxY, t.y + t.height);
  }
  return minX === Infinity ? null : { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}
