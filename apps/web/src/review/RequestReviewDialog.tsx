import { useId, useState } from 'react';
import { api, describeError } from '../lib/api.ts';
import { navigate } from '../lib/useRoute.ts';
import type { ProjectStore } from '../store/project-store.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { waitForSave } from './wait-for-save.ts';

/** "Request review": saves the project's current migration as a proposal and opens its page. */
export function RequestReviewDialog({ store, onClose }: { store: ProjectStore; onClose: () => void }) {
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [verify, setVerify] = useState(false);
  const [step, setStep] = useState<string>();
  const [error, setError] = useState<string>();
  const ids = { title: useId(), description: useId() };
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setError(undefined);
    setStep('Saving the design…');
    const saved = await waitForSave(store);
    if (!saved.ok) {
      setStep(undefined);
      setError(saved.message);
      return;
    }
    setStep(verify ? 'Proving the migration on a shadow database…' : 'Creating the proposal…');
    try {
      const proposal = await api.createProposal(store.getState().id, {
        title: title.trim(),
        description: description.trim(),
        verify,
      });
      navigate(`/proposals/${encodeURIComponent(proposal.id)}`);
    } catch (cause) {
      setStep(undefined);
      setError(describeError(cause));
    }
  };
  return (
    <Dialog title="Request review" onClose={onClose}>
      <form className="dialog-body" onSubmit={(e) => void submit(e)} aria-label="Request review">
        <label htmlFor={ids.title} className="field">
          Title
        </label>
        <input
          id={ids.title}
          required
          maxLength={200}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
        <label htmlFor={ids.description} className="field">
          Description
        </label>
        <textarea
          id={ids.description}
          rows={4}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
        <label className="check">
          <input type="checkbox" checked={verify} onChange={(e) => setVerify(e.target.checked)} />
          Verify first (prove the migration on a shadow database)
        </label>
        {step && (
          <p role="status" className="progress">
            <span className="spinner" aria-hidden="true" /> {step}
          </p>
        )}
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="submit" className="primary" disabled={step !== undefined || title.trim() === ''}>
            Create proposal
          </button>
        </div>
      </form>
    </Dialog>
  );
}
