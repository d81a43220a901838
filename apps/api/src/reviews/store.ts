import type { Db } from '../store/db.ts';
import { applyStore } from './apply-store.ts';
import { proposalStore } from './proposal-store.ts';
import { threadStore } from './thread-store.ts';

/** Review and apply storage (store migration 4), over the project store's database. */
export function reviewStore(db: Db) {
  return { proposals: proposalStore(db), threads: threadStore(db), applies: applyStore(db) };
}

export type ReviewStore = ReturnType<typeof reviewStore>;
