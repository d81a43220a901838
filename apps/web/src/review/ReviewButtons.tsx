import { useState } from 'react';
import { useProject, useProjectStoreApi } from '../store/ProjectStoreContext.tsx';
import { RequestReviewDialog } from './RequestReviewDialog.tsx';
import { ReviewsDialog } from './ReviewsDialog.tsx';
import { useRoleActions } from './useRoleActions.ts';

const selectId = (s: { id: string }) => s.id;

/** The migration panel's way into review: "Request review" for those who may propose, "Reviews" for all. */
export function ReviewButtons({ canRequest }: { canRequest: boolean }) {
  const store = useProjectStoreApi();
  const projectId = useProject(selectId);
  const roleActions = useRoleActions(projectId);
  const [open, setOpen] = useState<'request' | 'list'>();
  return (
    <>
      {roleActions.includes('proposal.create') && (
        <button
          type="button"
          aria-haspopup="dialog"
          disabled={!canRequest}
          onClick={() => setOpen('request')}
        >
          Request review
        </button>
      )}
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen('list')}>
        Reviews
      </button>
      {open === 'request' && <RequestReviewDialog store={store} onClose={() => setOpen(undefined)} />}
      {open === 'list' && <ReviewsDialog projectId={projectId} onClose={() => setOpen(undefined)} />}
    </>
  );
}
