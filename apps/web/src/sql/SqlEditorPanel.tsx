import './monaco-setup.ts';
import Editor, { type OnMount } from '@monaco-editor/react';
import { useRef } from 'react';
import { useProject } from '../store/ProjectStoreContext.tsx';
import { selectSqlError } from '../store/selectors.ts';
import { useTheme } from '../ui/useTheme.ts';
import { markerRange } from './marker-range.ts';
import { monaco } from './monaco-setup.ts';
import { useSqlSync } from './useSqlSync.ts';

const OPTIONS = {
  // Native EditContext drops spaces typed by Playwright (STACK-NOTES).
  editContext: false,
  minimap: { enabled: false },
  fontSize: 13,
  scrollBeyondLastLine: false,
  automaticLayout: true,
  wordWrap: 'off',
  tabSize: 2,
  ariaLabel: 'SQL DDL',
} as const;

const selectTheme = (s: { theme: 'light' | 'dark' }) => s.theme;

/** The design as SQL DDL, editable: the other side of the canvas. Loaded lazily with Monaco. */
export default function SqlEditorPanel() {
  const { initial, onChange, attach } = useSqlSync();
  const sqlError = useProject(selectSqlError);
  const theme = useTheme(selectTheme);
  const programmatic = useRef(false);

  const onMount: OnMount = (editor) => {
    const model = editor.getModel();
    attach({
      getValue: () => editor.getValue(),
      setValue: (text) => {
        programmatic.current = true;
        // pushEditOperations keeps the editor's own undo stack usable.
        model?.pushEditOperations([], [{ range: model.getFullModelRange(), text }], () => null);
        programmatic.current = false;
      },
      setError: (error) => {
        // The editor's current model: the one captured at mount may have been replaced since.
        const model = editor.getModel();
        if (!model) return;
        const range = error && markerRange(model.getLinesContent(), error.line, error.column);
        monaco.editor.setModelMarkers(
          model as unknown as Parameters<typeof monaco.editor.setModelMarkers>[0],
          'schema-studio',
          range ? [{ severity: monaco.MarkerSeverity.Error, message: error?.message ?? '', ...range }] : [],
        );
        // Bring the marked line into view: a marker below the fold is no marker at all.
        if (range) editor.revealLineInCenterIfOutsideViewport(range.startLineNumber);
      },
    });
  };

  return (
    <section className="sql-panel" aria-label="SQL editor">
      <div className="panel-head">
        <h2>SQL</h2>
        {sqlError ? (
          <p role="alert" className="error sql-error">
            Line {sqlError.line}, column {sqlError.column}: {sqlError.message} (the canvas keeps the last good
            design)
          </p>
        ) : (
          <span className="muted">Edits apply after a short pause, at once after a ; or a paste.</span>
        )}
      </div>
      <div className="sql-editor">
        <Editor
          defaultLanguage="sql"
          defaultValue={initial}
          theme={theme === 'dark' ? 'vs-dark' : 'vs'}
          options={OPTIONS}
          onMount={onMount}
          onChange={(value, edit) => {
            if (!programmatic.current && value !== undefined) onChange(value, edit);
          }}
          loading={<p role="status">Loading the editor…</p>}
        />
      </div>
    </section>
  );
}
