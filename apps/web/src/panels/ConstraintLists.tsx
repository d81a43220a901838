import type { TableDef } from '@schema-studio/schema';
import { useState } from 'react';
import { useProject } from '../store/ProjectStoreContext.tsx';
import { selectActions } from '../store/selectors.ts';

/** The table's foreign keys, each deletable. New ones are drawn on the canvas, column to column. */
export function ForeignKeyList({ table }: { table: TableDef }) {
  const actions = useProject(selectActions);
  return (
    <section aria-label="Foreign keys" className="panel-section">
      <h3>Foreign keys</h3>
      {table.foreignKeys.length === 0 && (
        <p className="muted">Drag from a column's right handle to another column.</p>
      )}
      <ul>
        {table.foreignKeys.map((fk) => (
          <li key={fk.name} className="item-row">
            <span>
              <code>{fk.columns.join(', ')}</code> →{' '}
              <code>{`${fk.refTable}(${fk.refColumns.join(', ')})`}</code>
            </span>
            <button
              type="button"
              className="danger"
              aria-label={`Delete foreign key ${fk.name}`}
              onClick={() =>
                actions.dispatch({
                  kind: 'fk.remove',
                  schema: table.schema,
                  table: table.name,
                  name: fk.name,
                })
              }
            >
              Delete
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Indexes of the table: list, delete, and add from a comma-separated column list. */
export function IndexEditor({ table }: { table: TableDef }) {
  const actions = useProject(selectActions);
  const [columns, setColumns] = useState('');
  const [unique, setUnique] = useState(false);
  const add = () => {
    const names = columns
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean);
    if (names.length === 0) return;
    const name = `${table.name}_${names.join('_')}_${unique ? 'key' : 'idx'}`;
    actions.dispatch({
      kind: 'index.add',
      schema: table.schema,
      table: table.name,
      index: { name, unique, method: 'btree', keys: names.map((column) => ({ column })) },
    });
    setColumns('');
  };
  return (
    <section aria-label="Indexes" className="panel-section">
      <h3>Indexes</h3>
      <ul>
        {table.indexes.map((i) => (
          <li key={i.name} className="item-row">
            <span>
              {i.unique ? 'unique ' : ''}
              <code>{i.name}</code> ({i.keys.map((k) => k.column).join(', ')})
            </span>
            <button
              type="button"
              className="danger"
              aria-label={`Delete index ${i.name}`}
              onClick={() =>
                actions.dispatch({
                  kind: 'index.remove',
                  schema: table.schema,
                  table: table.name,
                  name: i.name,
                })
              }
            >
              Delete
            </button>
          </li>
        ))}
      </ul>
      <div className="row">
        <input
          aria-label="Index columns"
          placeholder="column, column"
          value={columns}
          onChange={(e) => setColumns(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && add()}
        />
        <label className="check">
          <input type="checkbox" checked={unique} onChange={(e) => setUnique(e.target.checked)} />
          Unique index
        </label>
        <button type="button" onClick={add}>
          Add index
        </button>
      </div>
    </section>
  );
}
