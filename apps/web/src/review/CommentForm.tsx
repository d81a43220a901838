import { useId, useState } from 'react';
import { describeError } from '../lib/api.ts';

interface CommentFormProps {
  /** The textbox's accessible name. */
  readonly label: string;
  readonly submitLabel: string;
  readonly onSubmit: (body: string) => Promise<void>;
  readonly onCancel?: () => void;
}

/** A comment or reply box; the error of a refused post stays next to it. */
export function CommentForm({ label, submitLabel, onSubmit, onCancel }: CommentFormProps) {
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const id = useId();
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (body.trim() === '') return;
    setBusy(true);
    setError(undefined);
    try {
      await onSubmit(body.trim());
      setBody('');
    } catch (cause) {
      setError(describeError(cause));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="comment-form" onSubmit={(e) => void submit(e)} aria-label={label}>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <textarea id={id} rows={2} value={body} onChange={(e) => setBody(e.target.value)} />
      <div className="tools">
        <button type="submit" disabled={busy || body.trim() === ''} aria-busy={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </form>
  );
}
