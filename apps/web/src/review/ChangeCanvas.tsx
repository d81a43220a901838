import type { Proposal } from '@schema-studio/api/contract';
import type { RenameHint } from '@schema-studio/diff';
import type { SchemaModel } from '@schema-studio/schema';
import { Background, type Edge, ReactFlow } from '@xyflow/react';
import { useMemo, useState } from 'react';
import { ChangeNode, type ChangeNodeType } from './ChangeNode.tsx';
import { gridLayout, NODE_WIDTH, nodeHeight } from './change-layout.ts';
import { designChanges, type TableChange } from './design-changes.ts';

const NODE_TYPES = { change: ChangeNode };
// A change of one or two tables should not fill the canvas at a giant zoom.
const FIT = { maxZoom: 1 };

/** Tables the canvas draws: the touched ones, or every table when asked. */
function visibleTables(changes: readonly TableChange[], everything: boolean) {
  return everything ? changes : changes.filter((t) => t.kind !== 'unchanged');
}

function graphOf(tables: readonly TableChange[]): { nodes: ChangeNodeType[]; edges: Edge[] } {
  const positions = gridLayout(tables);
  const shown = new Set(tables.map((t) => t.key));
  const nodes = tables.map(
    (table): ChangeNodeType => ({
      id: table.key,
      type: 'change',
      position: positions.get(table.key) ?? { x: 0, y: 0 },
      data: { table },
      width: NODE_WIDTH,
      height: nodeHeight(table),
    }),
  );
  const edges = tables.flatMap((table) =>
    [...new Set(table.references)]
      .filter((to) => shown.has(to) && to !== table.key)
      .map(
        (to): Edge => ({
          id: `${table.key}->${to}`,
          source: table.key,
          target: to,
          className: `edge-${table.kind}`,
        }),
      ),
  );
  return { nodes, edges };
}

/** Baseline against design: added, changed and removed tables and columns, read-only, with a legend. */
export default function ChangeCanvas({ proposal }: { proposal: Proposal }) {
  const [everything, setEverything] = useState(false);
  const changes = useMemo(
    () =>
      designChanges(
        proposal.baseline as SchemaModel,
        proposal.design as SchemaModel,
        proposal.hints as readonly RenameHint[],
      ),
    [proposal.baseline, proposal.design, proposal.hints],
  );
  const tables = useMemo(() => visibleTables(changes, everything), [changes, everything]);
  const { nodes, edges } = useMemo(() => graphOf(tables), [tables]);
  const touched = changes.filter((t) => t.kind !== 'unchanged').length;
  return (
    <section aria-label="Change canvas" className="review-card">
      <div className="panel-head">
        <h2>Changes</h2>
        <Legend />
        <label className="check">
          <input type="checkbox" checked={everything} onChange={(e) => setEverything(e.target.checked)} />
          Show unchanged tables
        </label>
      </div>
      {tables.length === 0 ? (
        <p className="muted">No table changes{touched === 0 ? ': the plan changes other objects' : ''}.</p>
      ) : (
        <div className="change-canvas">
          <ReactFlow
            key={everything ? 'all' : 'touched'}
            nodes={nodes}
            edges={edges}
            nodeTypes={NODE_TYPES}
            nodesConnectable={false}
            elementsSelectable={false}
            fitView
            fitViewOptions={FIT}
            minZoom={0.1}
            proOptions={{ hideAttribution: true }}
            aria-label="Tables added, changed and removed"
          >
            <Background />
          </ReactFlow>
        </div>
      )}
    </section>
  );
}

function Legend() {
  return (
    <ul className="change-legend" aria-label="Legend">
      {(['added', 'changed', 'removed'] as const).map((kind) => (
        <li key={kind} className={`change-${kind}`}>
          <span className="swatch" aria-hidden="true" />
          {kind[0]?.toUpperCase()}
          {kind.slice(1)}
        </li>
      ))}
    </ul>
  );
}
