import type { DatabaseMerge } from '@schema-studio/schema';
import { Dialog } from '../ui/Dialog.tsx';

interface DatabaseChangesDialogProps {
  readonly merge: DatabaseMerge;
  /** Why the merged design cannot be used (it failed validation), if it cannot. */
  readonly problems: readonly string[];
  readonly onBring: () => void;
  readonly onKeep: () => void;
}

/**
 * After a refresh found the database changed: what changed, and the choice to bring those changes into the
 * design. Kept out, the migration from the database to the design would undo them.
 */
export function DatabaseChangesDialog({ merge, problems, onBring, onKeep }: DatabaseChangesDialogProps) {
  const usable = problems.length === 0 && merge.brought.length > 0;
  return (
    <Dialog title="The database has changed" onClose={onKeep}>
      <div className="dialog-body">
        {merge.brought.length > 0 ? (
          <p>
            Since it was last read, the database changed. Bring those changes into the design so that the
            migration keeps them; otherwise the migration will undo them.
          </p>
        ) : (
          <p>
            Since it was last read, the database changed only where the design changed too. The design's
            version stays, and the migration changes the database to it.
          </p>
        )}
        {merge.brought.length > 0 && (
          <section aria-label="Changes in the database">
            <h3>Changes in the database</h3>
            <ul>
              {merge.brought.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </section>
        )}
        {merge.conflicts.length > 0 && (
          <section aria-label="Changed on both sides">
            <h3>Changed on both sides: the design's version stays</h3>
            <ul>
              {merge.conflicts.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </section>
        )}
        {problems.length > 0 && (
          <div role="alert" className="error">
            <p>The changes cannot be brought in: the design would not be valid.</p>
            <ul>
              {problems.slice(0, 5).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onKeep}>
            Keep the design as it is
          </button>
          {usable && (
            <button type="button" className="primary" onClick={onBring}>
              Bring into the design
            </button>
          )}
        </div>
      </div>
    </Dialog>
  );
}
