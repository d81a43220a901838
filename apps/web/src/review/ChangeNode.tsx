import { displayName } from '@schema-studio/schema';
import { Handle, type Node, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import type { ColumnChange, TableChange } from './design-changes.ts';

export type ChangeNodeType = Node<{ table: TableChange }, 'change'>;

/** The mark a change carries in text, so it does not rest on colour alone. */
const SIGN: Readonly<Record<string, string>> = { added: '+', changed: '~', removed: '−', unchanged: '' };

function ColumnRow({ column }: { column: ColumnChange }) {
  const state = column.kind === 'unchanged' ? '' : `, ${column.kind}`;
  const notes = column.notes.join('; ');
  return (
    <li
      className={`change-col change-${column.kind}`}
      aria-label={`column ${column.name}${state}${notes ? ` (${notes})` : ''}`}
      title={notes || undefined}
    >
      <span className="change-sign" aria-hidden="true">
        {SIGN[column.kind]}
      </span>
      <span className="col-name">{column.name}</span>
      <span className="col-type">{column.type}</span>
    </li>
  );
}

/** A table card of the change canvas: its columns, each marked added, changed, removed or unchanged. */
function ChangeNodeView({ data }: NodeProps<ChangeNodeType>) {
  const { table } = data;
  const name = displayName(table.schema, table.name);
  const notes = table.notes.join('; ');
  return (
    // biome-ignore lint/a11y/useSemanticElements: a canvas node, not a form group; role=group names it for assistive tech
    <div
      role="group"
      aria-label={`table ${name}, ${table.kind}${notes ? ` (${notes})` : ''}`}
      className={`change-node change-${table.kind}`}
    >
      {/* Foreign key edges need an end on each card; nothing is drawn or connected by hand here. */}
      <Handle type="target" position={Position.Left} className="change-handle" isConnectable={false} />
      <div className="change-title" title={notes || undefined}>
        <span className="change-sign" aria-hidden="true">
          {SIGN[table.kind]}
        </span>
        {name}
      </div>
      <ul className="change-cols">
        {table.columns.map((c) => (
          <ColumnRow key={`${c.kind}-${c.name}`} column={c} />
        ))}
      </ul>
      <Handle type="source" position={Position.Right} className="change-handle" isConnectable={false} />
    </div>
  );
}

export const ChangeNode = memo(ChangeNodeView);
