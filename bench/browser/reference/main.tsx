/**
 * The reference: a plain React Flow page, as its documentation would have it. One custom node per table
 * listing its columns, default edges, `onlyRenderVisibleElements`, uncontrolled nodes so dragging works;
 * nothing else (minZoom only lets it zoom out as far as the studio). The data file, the viewport and the canvas
 * size come from the URL, so that the benchmark can match the studio's.
 */
import '@xyflow/react/dist/style.css';
import './reference.css';
import { type Edge, Handle, type Node, type NodeProps, Position, ReactFlow } from '@xyflow/react';
import { createRoot } from 'react-dom/client';
import type { ReferenceData, ReferenceTable } from './data.ts';

type TableNodeType = Node<{ table: ReferenceTable }, 'table'>;

function TableNode({ data }: NodeProps<TableNodeType>) {
  return (
    <div className="table-node">
      <Handle type="target" position={Position.Left} />
      <div className="table-title">{data.table.name}</div>
      {data.table.columns.map((column) => (
        <div className="col-row" key={column.name}>
          <span>{column.name}</span>
          <span>{column.type}</span>
        </div>
      ))}
      <Handle type="source" position={Position.Right} />
    </div>
  );
}

const nodeTypes = { table: TableNode };

function numberParam(params: URLSearchParams, name: string, fallback: number): number {
  const value = Number(params.get(name));
  return params.has(name) && Number.isFinite(value) ? value : fallback;
}

async function main() {
  const params = new URLSearchParams(location.search);
  const data = (await (await fetch(`./${params.get('data') ?? 'data.json'}`)).json()) as ReferenceData;
  const viewport = {
    x: numberParam(params, 'x', 0),
    y: numberParam(params, 'y', 0),
    zoom: numberParam(params, 'zoom', 1),
  };
  const size = { width: numberParam(params, 'w', 1200), height: numberParam(params, 'h', 800) };
  const nodes: TableNodeType[] = data.tables.map((table) => ({
    id: table.id,
    type: 'table',
    position: { x: table.x, y: table.y },
    data: { table },
  }));
  const edges: Edge[] = data.edges.map((edge) => ({ ...edge }));
  const root = document.getElementById('root');
  if (!root) throw new Error('no #root');
  createRoot(root).render(
    <div style={size}>
      <ReactFlow
        defaultNodes={nodes}
        defaultEdges={edges}
        nodeTypes={nodeTypes}
        defaultViewport={viewport}
        onlyRenderVisibleElements
        minZoom={0.05}
        maxZoom={2}
      />
    </div>,
  );
}

void main();
