import type { SchemaModel, TableDef } from '@schema-studio/schema';
import type { Layout, Position } from '../lib/types.ts';
import { tableKey } from '../store/positions.ts';
import { relationEnds } from './crows-foot.ts';
import type { FkEdgeType } from './FkEdge.tsx';
import { inHandle, nodeGeometry, outHandle } from './node-geometry.ts';
import type { TableNodeType } from './TableNode.tsx';

interface NodeInputs {
  readonly table: TableDef;
  readonly position: Position | undefined;
  readonly selected: boolean;
  readonly hidden: boolean;
  readonly color: string | undefined;
}

const ORIGIN: Position = { x: 0, y: 0 };

function sameInputs(a: NodeInputs, b: NodeInputs): boolean {
  return (
    a.table === b.table &&
    a.position === b.position &&
    a.selected === b.selected &&
    a.hidden === b.hidden &&
    a.color === b.color
  );
}

/**
 * Builds React Flow nodes and edges from the design and layout, reusing the node object of every table whose
 * inputs are unchanged (same table object, same position object, ...). An edit or a drag therefore hands
 * React Flow one new node, and only that node re-renders.
 */
export function createGraphCache() {
  const nodes = new Map<string, { inputs: NodeInputs; node: TableNodeType }>();
  const edgesByTable = new WeakMap<TableDef, FkEdgeType[]>();

  function nodeFor(key: string, inputs: NodeInputs): TableNodeType {
    const cached = nodes.get(key);
    if (cached && sameInputs(cached.inputs, inputs)) return cached.node;
    const { width, height, handles } = nodeGeometry(inputs.table);
    const node: TableNodeType = {
      id: key,
      type: 'table',
      position: inputs.position ?? ORIGIN,
      data: inputs.color ? { table: inputs.table, color: inputs.color } : { table: inputs.table },
      selected: inputs.selected,
      hidden: inputs.hidden,
      // Size and handles known up front: React Flow renders only the nodes in view (see node-geometry.ts).
      width,
      height,
      measured: { width, height },
      handles,
    };
    nodes.set(key, { inputs, node });
    return node;
  }

  function edgesOf(table: TableDef): FkEdgeType[] {
    const cached = edgesByTable.get(table);
    if (cached) return cached;
    const source = tableKey(table);
    const edges = table.foreignKeys.map((fk): FkEdgeType => {
      const { child, parent } = relationEnds(table, fk);
      return {
        id: `${source}/${fk.name}`,
        type: 'fk',
        source,
        target: `${fk.refSchema}.${fk.refTable}`,
        sourceHandle: outHandle(fk.columns[0] ?? ''),
        targetHandle: inHandle(fk.refColumns[0] ?? ''),
        data: { fk, schema: table.schema, table: table.name, child, parent },
      };
    });
    edgesByTable.set(table, edges);
    return edges;
  }

  return {
    /** `overview`: zoomed out to the drawn overview, where React Flow renders no node. */
    nodes(
      design: SchemaModel,
      layout: Layout,
      selection: ReadonlySet<string>,
      overview = false,
    ): TableNodeType[] {
      const hidden = new Set(layout.hidden);
      const alive = new Set<string>();
      const result = design.tables.map((table) => {
        const key = tableKey(table);
        alive.add(key);
        return nodeFor(key, {
          table,
          position: layout.positions[key],
          selected: selection.has(key),
          hidden: overview || hidden.has(key),
          color: layout.colors[key],
        });
      });
      for (const key of nodes.keys()) if (!alive.has(key)) nodes.delete(key);
      return result;
    },
    edges(design: SchemaModel, selected: ReadonlySet<string>): FkEdgeType[] {
      const all = design.tables.flatMap(edgesOf);
      return selected.size === 0 ? all : all.map((e) => (selected.has(e.id) ? { ...e, selected: true } : e));
    },
  };
}
