import { diffModels } from '@schema-studio/diff';
import {
  appendMigrationEntry,
  type DocFile,
  type MigrationEntry,
  migrationLogPath,
} from '@schema-studio/docs';
import type { ProposalRecord } from './records.ts';
import type { ReviewStore } from './store.ts';

/** The log entry of an applied proposal: what was reviewed, by whom, dated the day it ran (UTC). */
export function migrationEntry(
  proposal: ProposalRecord,
  reviewers: readonly string[],
  appliedAt: Date,
): MigrationEntry {
  return {
    date: appliedAt.toISOString().slice(0, 10),
    title: proposal.title,
    author: proposal.author,
    reviewers,
    changes: diffModels(proposal.baseline, proposal.design, proposal.hints),
    plan: { up: proposal.plan.up, down: proposal.plan.down },
    dialect: proposal.dialect,
  };
}

/**
 * The quarterly log files of the entries, oldest first. Each file is built by appending, the same way the
 * `docs log` command grows a file in a repository, so an entry's text never changes once written.
 */
export function migrationLogFiles(entries: readonly MigrationEntry[]): DocFile[] {
  const files = new Map<string, string>();
  for (const entry of entries) {
    const path = migrationLogPath(entry.date);
    files.set(path, appendMigrationEntry(files.get(path), entry));
  }
  return [...files].map(([path, content]) => ({ path, content }));
}

/** A project's migration log as documentation files. */
export async function projectMigrationLog(reviews: ReviewStore, projectId: string): Promise<DocFile[]> {
  return migrationLogFiles(await reviews.applies.migrationLog(projectId));
}
