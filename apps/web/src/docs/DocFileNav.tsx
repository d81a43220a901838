import type { DocFile } from '@schema-studio/api/contract';

interface DocFileNavProps {
  readonly files: readonly DocFile[];
  readonly selected: string;
  readonly onSelect: (path: string) => void;
}

/** The files of the set, each a button named by its path; the shown one is marked current. */
export function DocFileNav({ files, selected, onSelect }: DocFileNavProps) {
  return (
    <nav aria-label="Documentation files" className="docs-nav">
      <ul>
        {files.map((file) => (
          <li key={file.path}>
            <button
              type="button"
              aria-current={file.path === selected ? 'page' : undefined}
              onClick={() => onSelect(file.path)}
            >
              {file.path}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
