import '../sql/monaco-setup.ts';
import Editor from '@monaco-editor/react';
import type { Proposal } from '@schema-studio/api/contract';
import { useState } from 'react';
import { type Direction, DirectionTabs } from '../ui/DirectionTabs.tsx';
import { useTheme } from '../ui/useTheme.ts';

const selectTheme = (s: { theme: 'light' | 'dark' }) => s.theme;

const OPTIONS = {
  readOnly: true,
  domReadOnly: true,
  editContext: false,
  minimap: { enabled: false },
  fontSize: 13,
  scrollBeyondLastLine: false,
  automaticLayout: true,
  wordWrap: 'on',
} as const;

/** The proposal's up and down scripts as the reviewer would read them in a file. Loaded lazily with Monaco. */
export default function SqlSection({ plan }: { plan: Proposal['plan'] }) {
  const [direction, setDirection] = useState<Direction>('up');
  const text = direction === 'up' ? plan.upSql : plan.downSql;
  const theme = useTheme(selectTheme);
  return (
    <section aria-label="SQL" className="review-card">
      <div className="panel-head">
        <h2>SQL</h2>
        <DirectionTabs
          label="Script"
          direction={direction}
          onChange={setDirection}
          tabLabel={(d) => (d === 'up' ? 'Up script' : 'Down script')}
        />
      </div>
      <div
        className="review-sql"
        role="tabpanel"
        aria-label={direction === 'up' ? 'Up script' : 'Down script'}
      >
        <Editor
          language="sql"
          value={text}
          theme={theme === 'dark' ? 'vs-dark' : 'vs'}
          options={{
            ...OPTIONS,
            ariaLabel: direction === 'up' ? 'Up SQL (read-only)' : 'Down SQL (read-only)',
          }}
          loading={<p role="status">Loading the editor…</p>}
        />
      </div>
    </section>
  );
}
