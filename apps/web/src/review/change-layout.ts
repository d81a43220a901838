import type { TableChange } from './design-changes.ts';

export const NODE_WIDTH = 240;
const TITLE_HEIGHT = 32;
const ROW_HEIGHT = 22;
const GAP = 48;

/** A table card's height: its title and one row per column (the CSS in styles.css keeps these heights). */
export const nodeHeight = (table: TableChange) => TITLE_HEIGHT + ROW_HEIGHT * table.columns.length + 8;

/**
 * Where each table of the change canvas sits: a near-square grid in the order given, each row as tall as its
 * tallest card. The proposal keeps no layout, and a grid of only the touched tables reads better than their
 * places in a large design.
 */
export function gridLayout(tables: readonly TableChange[]): Map<string, { x: number; y: number }> {
  const perRow = Math.max(1, Math.ceil(Math.sqrt(tables.length)));
  const positions = new Map<string, { x: number; y: number }>();
  let y = 0;
  for (let start = 0; start < tables.length; start += perRow) {
    const row = tables.slice(start, start + perRow);
    for (const [i, table] of row.entries()) positions.set(table.key, { x: i * (NODE_WIDTH + GAP), y });
    y += Math.max(...row.map(nodeHeight)) + GAP;
  }
  return positions;
}
