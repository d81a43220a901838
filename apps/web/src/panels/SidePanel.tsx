import { useProject } from '../store/ProjectStoreContext.tsx';
import { selectSelectedTable, selectSelection } from '../store/selectors.ts';
import { EnumEditor } from './EnumEditor.tsx';
import { TableEditor } from './TableEditor.tsx';

/** Right-hand inspector: the selected table's editor, and the design's enums. */
export function SidePanel() {
  const table = useProject(selectSelectedTable);
  const selection = useProject(selectSelection);
  return (
    <aside className="side-panel" aria-label="Inspector">
      {table ? (
        <TableEditor key={`${table.schema}.${table.name}`} table={table} />
      ) : (
        <p className="muted">
          {selection.length > 1 ? `${selection.length} tables selected.` : 'Select a table to edit it.'}
        </p>
      )}
      <EnumEditor />
    </aside>
  );
}
