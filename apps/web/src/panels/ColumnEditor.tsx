import type { ColumnDef, SchemaEdit, TableDef } from '@schema-studio/schema';
import { useProject } from '../store/ProjectStoreContext.tsx';
import { selectActions } from '../store/selectors.ts';
import { CommitInput } from '../ui/CommitInput.tsx';

interface Props {
  readonly table: TableDef;
  readonly column: ColumnDef;
  readonly index: number;
}

/** One column of the selected table: name, type, NOT NULL, default, primary key, order, delete. */
export function ColumnEditor({ table, column, index }: Props) {
  const actions = useProject(selectActions);
  const ref = { schema: table.schema, table: table.name };
  const name = column.name;
  const edit = (e: SchemaEdit) => actions.dispatch(e);
  const pk = table.primaryKey?.columns ?? [];
  const inPk = pk.includes(name);
  return (
    <li className="column-editor">
      <fieldset aria-label={`edit column ${name}`}>
        <div className="row">
          <CommitInput
            aria-label="Column name"
            value={name}
            onCommit={(to) => to.trim() && edit({ kind: 'column.rename', ...ref, from: name, to: to.trim() })}
            spellCheck={false}
          />
          <CommitInput
            aria-label="Column type"
            value={column.type}
            onCommit={(type) => edit({ kind: 'column.setType', ...ref, name, type })}
            spellCheck={false}
          />
        </div>
        <div className="row">
          <label className="check">
            <input
              type="checkbox"
              checked={!column.nullable}
              disabled={inPk}
              onChange={(e) =>
                edit({ kind: 'column.setNullable', ...ref, name, nullable: !e.target.checked })
              }
            />
            Not null
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={inPk}
              onChange={(e) =>
                edit({
                  kind: 'table.setPrimaryKey',
                  ...ref,
                  columns: e.target.checked ? [...pk, name] : pk.filter((c) => c !== name),
                })
              }
            />
            Primary key
          </label>
          <CommitInput
            aria-label="Default"
            placeholder="default"
            value={column.default ?? ''}
            onCommit={(value) =>
              edit({ kind: 'column.setDefault', ...ref, name, ...(value ? { default: value } : {}) })
            }
            spellCheck={false}
          />
        </div>
        <div className="row actions">
          <button
            type="button"
            aria-label="Move column up"
            disabled={index === 0}
            onClick={() => edit({ kind: 'column.move', ...ref, name, to: index - 1 })}
          >
            ↑
          </button>
          <button
            type="button"
            aria-label="Move column down"
            disabled={index === table.columns.length - 1}
            onClick={() => edit({ kind: 'column.move', ...ref, name, to: index + 1 })}
          >
            ↓
          </button>
          <button
            type="button"
            className="danger"
            onClick={() => edit({ kind: 'column.remove', ...ref, name })}
          >
            Delete column
          </button>
        </div>
      </fieldset>
    </li>
  );
}
