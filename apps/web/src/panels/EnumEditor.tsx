import type { EnumDef } from '@schema-studio/schema';
import { useProject } from '../store/ProjectStoreContext.tsx';
import { selectActions, selectEnums } from '../store/selectors.ts';
import { CommitInput } from '../ui/CommitInput.tsx';

const splitValues = (text: string) =>
  text
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

function EnumRow({ value }: { value: EnumDef }) {
  const actions = useProject(selectActions);
  const { schema, name } = value;
  return (
    <li>
      <fieldset className="enum-row" aria-label={`enum ${schema}.${name}`}>
        <CommitInput
          aria-label="Enum name"
          value={name}
          spellCheck={false}
          onCommit={(to) =>
            to.trim() && actions.dispatch({ kind: 'enum.rename', schema, from: name, to: to.trim() })
          }
        />
        <CommitInput
          aria-label="Enum values"
          value={value.values.join(', ')}
          spellCheck={false}
          onCommit={(text) =>
            actions.dispatch({ kind: 'enum.setValues', schema, name, values: splitValues(text) })
          }
        />
        <button
          type="button"
          className="danger"
          onClick={() => actions.dispatch({ kind: 'enum.remove', schema, name })}
        >
          Delete enum
        </button>
      </fieldset>
    </li>
  );
}

/** Enum types of the design: rename, edit labels (comma-separated), add, delete. */
export function EnumEditor() {
  const enums = useProject(selectEnums);
  const actions = useProject(selectActions);
  const add = () => {
    let n = enums.length + 1;
    while (enums.some((e) => e.schema === 'public' && e.name === `enum_${n}`)) n++;
    actions.dispatch({ kind: 'enum.add', enum: { schema: 'public', name: `enum_${n}`, values: ['a', 'b'] } });
  };
  return (
    <section aria-label="Enums" className="panel-section">
      <h3>Enums</h3>
      <ul>
        {enums.map((e) => (
          <EnumRow key={`${e.schema}.${e.name}`} value={e} />
        ))}
      </ul>
      <button type="button" onClick={add}>
        Add enum
      </button>
    </section>
  );
}
