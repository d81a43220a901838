import { type ColumnDef, displayName, type TableDef } from '@schema-studio/schema';
import { Handle, type Node, type NodeProps, Position } from '@xyflow/react';
import { memo, useMemo } from 'react';
import { TitleExtras } from '../advisor/TitleExtras.tsx';
import { type ColumnMarkers, columnMarkers } from './column-markers.ts';
import { inHandle, outHandle } from './node-geometry.ts';

export type TableNodeData = { readonly table: TableDef; readonly color?: string };
export type TableNodeType = Node<TableNodeData, 'table'>;

export { inHandle, outHandle };

function Markers({ markers }: { markers: ColumnMarkers | undefined }) {
  if (!markers) return null;
  return (
    <span className="col-markers">
      {markers.pk && (
        <abbr className="marker pk" title="primary key">
          PK
        </abbr>
      )}
      {markers.fk && (
        <abbr className="marker fk" title="foreign key">
          FK
        </abbr>
      )}
      {markers.unique && (
        <abbr className="marker uq" title="unique">
          UQ
        </abbr>
      )}
      {markers.notNull && !markers.pk && (
        <abbr className="marker nn" title="not null">
          NN
        </abbr>
      )}
    </span>
  );
}

function ColumnRow({ column, markers }: { column: ColumnDef; markers: ColumnMarkers | undefined }) {
  return (
    <li className="col-row" aria-label={`column ${column.name}`}>
      <Handle type="target" position={Position.Left} id={inHandle(column.name)} className="col-handle" />
      <span className="col-name">{column.name}</span>
      <span className="col-type">{column.type}</span>
      <Markers markers={markers} />
      <Handle type="source" position={Position.Right} id={outHandle(column.name)} className="col-handle" />
    </li>
  );
}

function TableNodeView({ data, selected }: NodeProps<TableNodeType>) {
  const { table, color } = data;
  const markers = useMemo(() => columnMarkers(table), [table]);
  return (
    // biome-ignore lint/a11y/useSemanticElements: a canvas node, not a form group; role=group names it for assistive tech
    <div
      role="group"
      aria-label={`table ${displayName(table.schema, table.name)}`}
      className={`table-node${selected ? ' selected' : ''}`}
      style={color ? { borderTopColor: color } : undefined}
    >
      <div className="table-title" title={table.comment}>
        {table.schema !== 'public' && table.schema !== '' && (
          <span className="table-schema">{table.schema}.</span>
        )}
        {table.name}
        <TitleExtras tableKey={`${table.schema}.${table.name}`} />
      </div>
      <ul className="col-list">
        {table.columns.map((c) => (
          <ColumnRow key={c.name} column={c} markers={markers.get(c.name)} />
        ))}
      </ul>
    </div>
  );
}

export const TableNode = memo(TableNodeView);
