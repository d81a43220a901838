import type { RenameHint, VerifyReport } from '@schema-studio/diff';
import type { SchemaModel } from '@schema-studio/schema';
import type { PlanResponse } from '../engine/engine.ts';
import type { Direction } from './outdated.ts';
import type { ProposalStatus } from './transitions.ts';

/** How a plan's statements will run: each group in one transaction, or one statement on its own outside any. */
export interface ExecutionGroup {
  readonly direction: 'up';
  /** Indexes into `plan.up`. */
  readonly statements: readonly number[];
  readonly transaction: boolean;
}

/** What was sent for review: the plan and the snapshots it was planned from. */
export interface ProposalSnapshot {
  readonly dialect: 'postgres' | 'mysql';
  readonly baseline: SchemaModel;
  readonly design: SchemaModel;
  readonly hints: readonly RenameHint[];
  readonly plan: PlanResponse;
  readonly verification: VerifyReport | null;
}

export interface ProposalRecord extends ProposalSnapshot {
  readonly id: string;
  readonly projectId: string;
  readonly title: string;
  readonly description: string;
  readonly status: ProposalStatus;
  readonly author: string;
  readonly revision: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export type ProposalSummaryRecord = Omit<ProposalRecord, keyof ProposalSnapshot> & {
  readonly openThreads: number;
};

export interface CommentRecord {
  readonly id: string;
  readonly author: string;
  readonly body: string;
  readonly createdAt: string;
}

export interface ThreadRecord {
  readonly id: string;
  readonly direction: Direction;
  readonly index: number;
  readonly statementSql: string;
  /** The revision the thread was started on. */
  readonly revision: number;
  readonly resolved: boolean;
  readonly outdated: boolean;
  readonly createdAt: string;
  /** Mutable only so the record matches its wire schema's type. */
  readonly comments: CommentRecord[];
}

export interface ApprovalRecord {
  readonly reviewer: string;
  readonly revision: number;
  readonly createdAt: string;
}

export interface ActivityRecord {
  readonly actor: string;
  readonly action: string;
  readonly detail: Readonly<Record<string, unknown>>;
  readonly at: string;
}

export type ApplyResult = 'applied' | 'drift' | 'failed';

export interface ApplyRecord {
  readonly id: string;
  readonly actor: string;
  readonly revision: number;
  readonly result: ApplyResult;
  readonly failure: Readonly<Record<string, unknown>> | null;
  readonly startedAt: string;
  readonly finishedAt: string;
}
