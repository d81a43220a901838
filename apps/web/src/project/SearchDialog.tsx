import { displayName, qualifiedKey } from '@schema-studio/schema';
import { useMemo, useState } from 'react';
import { useProject } from '../store/ProjectStoreContext.tsx';
import { selectActions, selectDesign } from '../store/selectors.ts';
import { Dialog } from '../ui/Dialog.tsx';

const LIMIT = 50;

interface Hit {
  readonly key: string;
  readonly label: string;
  readonly detail: string;
}

/** Ctrl/Cmd+K: find tables and columns; Enter focuses the (first) table. */
export function SearchDialog({ onClose }: { onClose: () => void }) {
  const design = useProject(selectDesign);
  const actions = useProject(selectActions);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const hits = useMemo((): Hit[] => {
    const q = query.trim().toLowerCase();
    if (q === '') return [];
    const result: Hit[] = [];
    for (const t of design.tables) {
      const key = qualifiedKey(t.schema, t.name);
      const name = displayName(t.schema, t.name);
      if (name.toLowerCase().includes(q)) result.push({ key, label: name, detail: 'table' });
      for (const c of t.columns) {
        if (c.name.toLowerCase().includes(q))
          result.push({ key, label: `${name}.${c.name}`, detail: c.type });
      }
      if (result.length >= LIMIT) break;
    }
    return result.slice(0, LIMIT);
  }, [design, query]);
  const choose = (hit: Hit | undefined) => {
    if (!hit) return;
    actions.focusTable(hit.key);
    onClose();
  };
  return (
    <Dialog title="Search tables and columns" onClose={onClose} className="search-dialog">
      <div className="dialog-body">
        <input
          type="search"
          aria-label="Search"
          placeholder="Table or column name"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              // Closing hands focus back to the toolbar's Search button, which Enter's keypress would press
              // again, reopening the dialog: the key is used up here.
              e.preventDefault();
              choose(hits[active]);
            }
            if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, hits.length - 1));
            if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          }}
        />
        <ul className="search-results" aria-label="Search results">
          {hits.map((hit, i) => (
            <li key={hit.label}>
              <button type="button" className={i === active ? 'active' : ''} onClick={() => choose(hit)}>
                {hit.label} <span className="muted">{hit.detail}</span>
              </button>
            </li>
          ))}
        </ul>
        {query.trim() !== '' && hits.length === 0 && <p className="muted">No match.</p>}
      </div>
    </Dialog>
  );
}
