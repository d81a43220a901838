import type { DocsForm } from './docs-options.ts';

interface DocsOptionsFormProps {
  readonly form: DocsForm;
  /** The project's name: the title the set gets when none is typed. */
  readonly defaultTitle: string;
  readonly onChange: (form: DocsForm) => void;
}

/**
 * What the set documents and how it is titled: the same choices as the CLI's `--include`, `--exclude`,
 * `title` and `--findings`, so a set exported here matches one written by `schema-studio docs` in CI.
 */
export function DocsOptionsForm({ form, defaultTitle, onChange }: DocsOptionsFormProps) {
  const set = <K extends keyof DocsForm>(key: K, value: DocsForm[K]) => onChange({ ...form, [key]: value });
  return (
    <fieldset className="docs-options">
      <legend className="visually-hidden">Documentation options</legend>
      <label>
        Document{' '}
        <select
          value={form.of}
          onChange={(e) => set('of', e.target.value === 'baseline' ? 'baseline' : 'design')}
        >
          <option value="design">the design</option>
          <option value="baseline">the baseline (database)</option>
        </select>
      </label>
      <label>
        Title{' '}
        <input
          type="text"
          value={form.title}
          placeholder={defaultTitle}
          maxLength={200}
          onChange={(e) => set('title', e.target.value)}
        />
      </label>
      <label>
        Include{' '}
        <input
          type="text"
          title="Schemas or schema.table, with * and ?, separated by commas or spaces; empty documents everything"
          value={form.include}
          placeholder="everything"
          spellCheck={false}
          onChange={(e) => set('include', e.target.value)}
        />
      </label>
      <label>
        Exclude{' '}
        <input
          type="text"
          title="Schemas or schema.table, with * and ?, separated by commas or spaces"
          value={form.exclude}
          placeholder="e.g. public.tmp_*"
          spellCheck={false}
          onChange={(e) => set('exclude', e.target.value)}
        />
      </label>
      <label>
        <input type="checkbox" checked={form.findings} onChange={(e) => set('findings', e.target.checked)} />{' '}
        Advisor findings
      </label>
    </fieldset>
  );
}
