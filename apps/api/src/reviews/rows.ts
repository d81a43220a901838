import type { Row } from '../store/db.ts';
import type {
  ActivityRecord,
  ApplyRecord,
  ApprovalRecord,
  CommentRecord,
  ProposalRecord,
  ProposalSummaryRecord,
  ThreadRecord,
} from './records.ts';
import { isStatus } from './transitions.ts';

/** Row to record mappers: the store's column names stay in this file and proposal-store.ts. */

export const iso = (value: unknown) =>
  (value instanceof Date ? value : new Date(String(value))).toISOString();

/** Ids are uuid columns: anything else cannot exist, and must not reach PostgreSQL as a cast error. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isId = (id: string) => UUID.test(id);

export const SUMMARY_COLUMNS =
  'p.id, p.project_id, p.title, p.description, p.status, p.author, p.revision, p.created_at, p.updated_at';
export const PROPOSAL_COLUMNS = `${SUMMARY_COLUMNS}, p.dialect, p.baseline, p.design, p.hints, p.plan, p.verification`;

function status(value: unknown) {
  if (!isStatus(value)) throw new Error(`proposal status ${String(value)} is not one the server knows`);
  return value;
}

export function toSummary(r: Row): ProposalSummaryRecord {
  return {
    id: String(r.id),
    projectId: String(r.project_id),
    title: String(r.title),
    description: String(r.description),
    status: status(r.status),
    author: String(r.author),
    revision: Number(r.revision),
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
    openThreads: Number(r.open_threads ?? 0),
  };
}

export function toProposal(r: Row): ProposalRecord {
  const { openThreads: _, ...summary } = toSummary(r);
  return {
    ...summary,
    dialect: r.dialect === 'mysql' ? 'mysql' : 'postgres',
    baseline: r.baseline as ProposalRecord['baseline'],
    design: r.design as ProposalRecord['design'],
    hints: r.hints as ProposalRecord['hints'],
    plan: r.plan as ProposalRecord['plan'],
    verification: (r.verification ?? null) as ProposalRecord['verification'],
  };
}

export function toComment(r: Row): CommentRecord {
  return { id: String(r.id), author: String(r.author), body: String(r.body), createdAt: iso(r.created_at) };
}

export function toThread(r: Row, comments: CommentRecord[]): ThreadRecord {
  return {
    id: String(r.id),
    direction: r.direction === 'down' ? 'down' : 'up',
    index: Number(r.statement_index),
    statementSql: String(r.statement_sql),
    revision: Number(r.revision),
    resolved: r.resolved === true,
    outdated: r.outdated === true,
    createdAt: iso(r.created_at),
    comments,
  };
}

export function toApproval(r: Row): ApprovalRecord {
  return { reviewer: String(r.reviewer), revision: Number(r.revision), createdAt: iso(r.created_at) };
}

export function toActivity(r: Row): ActivityRecord {
  return {
    actor: String(r.actor),
    action: String(r.action),
    detail: (r.detail ?? {}) as ActivityRecord['detail'],
    at: iso(r.created_at),
  };
}

export function toApply(r: Row): ApplyRecord {
  return {
    id: String(r.id),
    actor: String(r.actor),
    revision: Number(r.revision),
    result: r.result === 'applied' ? 'applied' : r.result === 'drift' ? 'drift' : 'failed',
    failure: (r.failure ?? null) as ApplyRecord['failure'],
    startedAt: iso(r.started_at),
    finishedAt: iso(r.finished_at),
  };
}
