import { foreignKey, type SchemaEdit } from '@schema-studio/schema';
import type { Connection, EdgeChange, NodeChange, OnDelete } from '@xyflow/react';
import { type Dispatch, type SetStateAction, useCallback } from 'react';
import type { Position } from '../lib/types.ts';
import { useProjectStoreApi } from '../store/ProjectStoreContext.tsx';
import type { FkEdgeType } from './FkEdge.tsx';
import type { TableNodeType } from './TableNode.tsx';

const columnOf = (handle: string | null | undefined) => handle?.replace(/:(in|out)$/, '') ?? '';

/** Turns React Flow's change stream into store actions and design edits. */
export function useCanvasHandlers(setSelectedEdges: Dispatch<SetStateAction<ReadonlySet<string>>>) {
  const store = useProjectStoreApi();

  const onNodesChange = useCallback(
    (changes: NodeChange<TableNodeType>[]) => {
      const { actions, selection } = store.getState();
      const positions: Record<string, Position> = {};
      let selected: Set<string> | null = null;
      for (const change of changes) {
        if (change.type === 'position' && change.position) positions[change.id] = change.position;
        if (change.type === 'select') {
          selected ??= new Set(selection);
          if (change.selected) selected.add(change.id);
          else selected.delete(change.id);
        }
      }
      if (Object.keys(positions).length > 0) actions.moveTables(positions);
      if (selected) actions.select([...selected]);
    },
    [store],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<FkEdgeType>[]) => {
      const selects = changes.filter((c) => c.type === 'select');
      if (selects.length === 0) return;
      setSelectedEdges((current) => {
        const next = new Set(current);
        for (const c of selects) {
          if (c.selected) next.add(c.id);
          else next.delete(c.id);
        }
        return next;
      });
    },
    [setSelectedEdges],
  );

  const onConnect = useCallback(
    (connection: Connection) => {
      const { design, actions } = store.getState();
      const child = design.tables.find((t) => `${t.schema}.${t.name}` === connection.source);
      const parent = design.tables.find((t) => `${t.schema}.${t.name}` === connection.target);
      if (!child || !parent) return;
      const column = columnOf(connection.sourceHandle);
      const refColumn = columnOf(connection.targetHandle);
      const base = foreignKey(child.name, [column], {
        schema: parent.schema,
        table: parent.name,
        columns: [refColumn],
      });
      const taken = new Set(child.foreignKeys.map((f) => f.name));
      let name = base.name;
      for (let i = 2; taken.has(name); i++) name = `${base.name}${i}`;
      actions.dispatch({ kind: 'fk.add', schema: child.schema, table: child.name, fk: { ...base, name } });
    },
    [store],
  );

  const onDelete: OnDelete<TableNodeType, FkEdgeType> = useCallback(
    ({ nodes, edges }) => {
      const removed = new Set(nodes.map((n) => n.id));
      const edits: SchemaEdit[] = [
        ...edges
          .filter((e) => e.data && !removed.has(e.source))
          .map(
            (e): SchemaEdit => ({
              kind: 'fk.remove',
              schema: e.data?.schema ?? '',
              table: e.data?.table ?? '',
              name: e.data?.fk.name ?? '',
            }),
          ),
        ...nodes.map(
          (n): SchemaEdit => ({ kind: 'table.remove', schema: n.data.table.schema, name: n.data.table.name }),
        ),
      ];
      if (edits.length > 0) store.getState().actions.dispatch(edits);
      setSelectedEdges(new Set());
    },
    [store, setSelectedEdges],
  );

  return { onNodesChange, onEdgesChange, onConnect, onDelete };
}
