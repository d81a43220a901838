import type { TableDef } from '@schema-studio/schema';
import { useId } from 'react';
import { useProject } from '../store/ProjectStoreContext.tsx';
import { tableKey } from '../store/positions.ts';
import { selectActions } from '../store/selectors.ts';
import { CommitInput } from '../ui/CommitInput.tsx';
import { ColumnEditor } from './ColumnEditor.tsx';
import { ForeignKeyList, IndexEditor } from './ConstraintLists.tsx';

function nextColumnName(table: TableDef): string {
  let n = table.columns.length + 1;
  while (table.columns.some((c) => c.name === `column_${n}`)) n++;
  return `column_${n}`;
}

/** The table's color on the canvas (the band at the top of its node); saved with the layout. */
function TableColor({ table }: { table: TableDef }) {
  const actions = useProject(selectActions);
  const key = tableKey(table);
  const color = useProject((s) => s.layout.colors[key]);
  return (
    <div className="field row">
      <label>
        Table color{' '}
        <input
          type="color"
          value={color ?? '#3b82f6'}
          onChange={(e) => actions.setColor(key, e.target.value)}
        />
      </label>
      {color && (
        <button type="button" onClick={() => actions.setColor(key, null)}>
          Clear color
        </button>
      )}
    </div>
  );
}

/** The selected table: name, comment, columns, foreign keys, indexes; hide and delete. */
export function TableEditor({ table }: { table: TableDef }) {
  const actions = useProject(selectActions);
  const id = useId();
  const ref = { schema: table.schema, table: table.name };
  return (
    <div className="table-editor">
      <div className="field">
        <label htmlFor={`${id}-name`}>Table name</label>
        <CommitInput
          id={`${id}-name`}
          value={table.name}
          spellCheck={false}
          onCommit={(to) =>
            to.trim() &&
            actions.dispatch({ kind: 'table.rename', schema: table.schema, from: table.name, to: to.trim() })
          }
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-comment`}>Table comment</label>
        <CommitInput
          id={`${id}-comment`}
          value={table.comment ?? ''}
          onCommit={(comment) =>
            actions.dispatch({
              kind: 'table.setComment',
              schema: table.schema,
              name: table.name,
              ...(comment ? { comment } : {}),
            })
          }
        />
      </div>
      <section aria-label="Columns" className="panel-section">
        <h3>Columns</h3>
        <ul className="column-editors">
          {table.columns.map((column, index) => (
            <ColumnEditor key={column.name} table={table} column={column} index={index} />
          ))}
        </ul>
        <button
          type="button"
          onClick={() =>
            actions.dispatch({
              kind: 'column.add',
              ...ref,
              column: { name: nextColumnName(table), type: 'text', nullable: true },
            })
          }
        >
          Add column
        </button>
      </section>
      <ForeignKeyList table={table} />
      <IndexEditor table={table} />
      <TableColor table={table} />
      <div className="row actions">
        <button type="button" onClick={() => actions.setHidden([tableKey(table)], true)}>
          Hide table
        </button>
        <button
          type="button"
          className="danger"
          onClick={() => actions.dispatch({ kind: 'table.remove', schema: table.schema, name: table.name })}
        >
          Delete table
        </button>
      </div>
    </div>
  );
}
