import { qualifiedKey, type SchemaModel } from '@schema-studio/schema';
import type { Layout, Position } from '../lib/types.ts';

export const tableKey = (table: { readonly schema: string; readonly name: string }) =>
  qualifiedKey(table.schema, table.name);

const GRID_X = 300;
const GRID_Y = 260;

/** A grid for tables that have no position yet, placed below everything that has one. */
export function gridPositions(keys: readonly string[], below: readonly Position[]): Record<string, Position> {
  const top = below.length === 0 ? 0 : Math.max(...below.map((p) => p.y)) + GRID_Y;
  const left = below.length === 0 ? 0 : Math.min(...below.map((p) => p.x));
  const perRow = Math.max(4, Math.ceil(Math.sqrt(keys.length)));
  return Object.fromEntries(
    keys.map((key, i) => [
      key,
      { x: left + (i % perRow) * GRID_X, y: top + Math.floor(i / perRow) * GRID_Y },
    ]),
  );
}

/**
 * The layout for a new design (an SQL edit): positions and colors are kept by table name, entries of tables
 * that are gone are dropped, and new tables get grid positions below the others.
 */
export function keepPositionsByName(layout: Layout, model: SchemaModel): Layout {
  const keys = model.tables.map(tableKey);
  const alive = new Set(keys);
  const keep = <T>(record: Readonly<Record<string, T>>) =>
    Object.fromEntries(Object.entries(record).filter(([k]) => alive.has(k)));
  const positions = keep(layout.positions);
  const missing = keys.filter((k) => !(k in positions));
  return {
    ...layout,
    positions: { ...positions, ...gridPositions(missing, Object.values(positions)) },
    colors: keep(layout.colors),
    hidden: layout.hidden.filter((k) => alive.has(k)),
  };
}
