import { displayName, type TableDef } from '@schema-studio/schema';
import { type NodeHandle, Position } from '@xyflow/react';
import { type ColumnMarkers, columnMarkers } from './column-markers.ts';

/**
 * The size of a table node and where its column handles sit, computed from the table instead of measured.
 *
 * React Flow renders every node whose handles it has not measured, culled or not, so a 1,000-table design
 * mounted, measured and unmounted all 1,000 nodes before showing the first. Handing it the size and the
 * handles up front lets it render only what is in view. The numbers below are the node's CSS (styles.css,
 * "Table nodes"): fixed title and row heights make the height exact; the width is an estimate from the text,
 * and the node is drawn at exactly that width (long names are cut with an ellipsis).
 */
export const NODE_BOX = {
  borderTop: 4,
  border: 1,
  titleHeight: 28,
  listPadding: 2,
  rowHeight: 24,
  handleSize: 7,
  minWidth: 200,
  maxWidth: 360,
} as const;

/** Average advance of a 12 px UI font; bold titles run wider. Over-estimating only costs some blank space. */
const CHAR = 6.6;
const BOLD_CHAR = 7.4;
const ROW_PADDING = 24;
const GAP = 8;
const TYPE_MAX = 140;
const MARKER = 22;
const TITLE_PADDING = 22;

export const inHandle = (column: string) => `${column}:in`;
export const outHandle = (column: string) => `${column}:out`;

/** A handle's box relative to the node, the shape React Flow takes in a node's `handles`. */
export type HandleBox = NodeHandle;

export interface NodeGeometry {
  readonly width: number;
  readonly height: number;
  readonly handles: HandleBox[];
}

const markerCount = (m: ColumnMarkers | undefined) =>
  m ? Number(m.pk) + Number(m.fk) + Number(m.unique) + Number(m.notNull && !m.pk) : 0;

/** The width the text of a table asks for, clamped to the node's minimum and maximum. */
export function nodeWidth(table: TableDef, markers = columnMarkers(table)): number {
  const title = (table.schema === 'public' ? table.name : displayName(table.schema, table.name)).length;
  let widest = TITLE_PADDING + title * BOLD_CHAR;
  for (const column of table.columns) {
    const marks = markerCount(markers.get(column.name));
    const row =
      ROW_PADDING +
      column.name.length * CHAR +
      GAP +
      Math.min(TYPE_MAX, column.type.length * CHAR) +
      (marks > 0 ? GAP + marks * MARKER : 0);
    widest = Math.max(widest, row);
  }
  const rounded = Math.ceil(widest / 10) * 10;
  return Math.min(NODE_BOX.maxWidth, Math.max(NODE_BOX.minWidth, rounded));
}

/** The node's height: border, title, the column list and its padding. */
export function nodeHeight(columns: number): number {
  const { borderTop, border, titleHeight, listPadding, rowHeight } = NODE_BOX;
  return borderTop + titleHeight + listPadding * 2 + columns * rowHeight + border;
}

/** Handle boxes relative to the node's top left, as React Flow measures them from the DOM. */
function columnHandles(column: string, index: number, width: number): HandleBox[] {
  const { borderTop, border, titleHeight, listPadding, rowHeight, handleSize } = NODE_BOX;
  const half = handleSize / 2;
  const y = borderTop + titleHeight + listPadding + index * rowHeight + rowHeight / 2 - half;
  const size = { width: handleSize, height: handleSize, y };
  return [
    { id: inHandle(column), type: 'target', position: Position.Left, x: border - half, ...size },
    { id: outHandle(column), type: 'source', position: Position.Right, x: width - border - half, ...size },
  ];
}

const cache = new WeakMap<TableDef, NodeGeometry>();

/** Size and handles of a table's node, computed once per table object. */
export function nodeGeometry(table: TableDef): NodeGeometry {
  const cached = cache.get(table);
  if (cached) return cached;
  const width = nodeWidth(table);
  const geometry: NodeGeometry = {
    width,
    height: nodeHeight(table.columns.length),
    handles: table.columns.flatMap((c, i) => columnHandles(c.name, i, width)),
  };
  cache.set(table, geometry);
  return geometry;
}
