import type { DocsForm } from './docs-options.ts';

const PATTERNS = 'Schemas or schema.table, with * and ?, separated by commas or spaces';

interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  readonly placeholder: string;
  /** Read as the field's description (its title). */
  readonly hint?: string;
  readonly onChange: (value: string) => void;
}

/** A labelled one-line field of the options; the server caps texts at 200 characters, and so does the field. */
function TextField({ label, value, placeholder, hint, onChange }: TextFieldProps) {
  return (
    <label>
      {label}{' '}
      <input
        type="text"
        value={value}
        placeholder={placeholder}
        maxLength={200}
        spellCheck={false}
        {...(hint ? { title: hint } : {})}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  );
}

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
      <TextField
        label="Title"
        value={form.title}
        placeholder={defaultTitle}
        onChange={(v) => set('title', v)}
      />
      <TextField
        label="Include"
        value={form.include}
        placeholder="everything"
        hint={`${PATTERNS}; empty documents everything`}
        onChange={(v) => set('include', v)}
      />
      <TextField
        label="Exclude"
        value={form.exclude}
        placeholder="e.g. public.tmp_*"
        hint={PATTERNS}
        onChange={(v) => set('exclude', v)}
      />
      <label>
        <input type="checkbox" checked={form.findings} onChange={(e) => set('findings', e.target.checked)} />{' '}
        Advisor findings
      </label>
    </fieldset>
  );
}
