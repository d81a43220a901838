import { type Static, Type } from '@sinclair/typebox';
import { Hints, Model, Timestamp } from '../http/schemas.ts';

/**
 * Wire shapes of review and apply (re-exported by http/contract.ts, so the web imports their types from
 * `@schema-studio/api/contract`). Only TypeBox here: nothing of the server reaches the browser.
 */

const Hazard = Type.Object({ code: Type.String(), reason: Type.String() });
export const PlanStatement = Type.Object({
  sql: Type.String(),
  hazards: Type.Array(Hazard),
  transactional: Type.Boolean(),
});

export const ProposalPlan = Type.Object({
  up: Type.Array(PlanStatement),
  down: Type.Array(PlanStatement),
  session: Type.Array(Type.String()),
  upSql: Type.String(),
  downSql: Type.String(),
});

export const ProposalStatus = Type.Union(
  ['open', 'changes_requested', 'approved', 'applied', 'closed'].map((s) => Type.Literal(s)),
);
export const Direction = Type.Union([Type.Literal('up'), Type.Literal('down')]);

/** Said before an apply: the session settings, and which `up` statements share a transaction. */
export const Execution = Type.Object({
  settings: Type.Array(Type.String()),
  groups: Type.Array(
    Type.Object({
      direction: Type.Literal('up'),
      statements: Type.Array(Type.Integer()),
      transaction: Type.Boolean(),
    }),
  ),
  /** Indexes into `plan.up` of the statements that run outside any transaction. */
  outsideTransaction: Type.Array(Type.Integer()),
});

export const Comment = Type.Object({
  id: Type.String(),
  author: Type.String(),
  body: Type.String(),
  createdAt: Timestamp,
});

export const Thread = Type.Object({
  id: Type.String(),
  direction: Direction,
  index: Type.Integer(),
  statementSql: Type.String(),
  revision: Type.Integer(),
  resolved: Type.Boolean(),
  outdated: Type.Boolean(),
  createdAt: Timestamp,
  comments: Type.Array(Comment),
});
export type Thread = Static<typeof Thread>;

export const Activity = Type.Object({
  actor: Type.String(),
  action: Type.String(),
  detail: Type.Record(Type.String(), Type.Unknown()),
  at: Timestamp,
});

export const ApplyAttempt = Type.Object({
  id: Type.String(),
  actor: Type.String(),
  revision: Type.Integer(),
  result: Type.Union([Type.Literal('applied'), Type.Literal('drift'), Type.Literal('failed')]),
  failure: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]),
  startedAt: Timestamp,
  finishedAt: Timestamp,
});

const ProposalFields = {
  id: Type.String(),
  projectId: Type.String(),
  title: Type.String(),
  description: Type.String(),
  status: ProposalStatus,
  author: Type.String(),
  revision: Type.Integer(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
};

export const ProposalSummary = Type.Object({ ...ProposalFields, openThreads: Type.Integer() });
export type ProposalSummary = Static<typeof ProposalSummary>;

export const Proposal = Type.Object({
  ...ProposalFields,
  dialect: Type.Union([Type.Literal('postgres'), Type.Literal('mysql')]),
  baseline: Model,
  design: Model,
  hints: Hints,
  plan: ProposalPlan,
  verification: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]),
  execution: Execution,
  /** What the current status allows next (the transition table's row). */
  actions: Type.Array(Type.String()),
  approvals: Type.Array(
    Type.Object({ reviewer: Type.String(), revision: Type.Integer(), createdAt: Timestamp }),
  ),
  threads: Type.Array(Thread),
  activity: Type.Array(Activity),
  applies: Type.Array(ApplyAttempt),
});
export type Proposal = Static<typeof Proposal>;

export const NewProposal = Type.Object({
  title: Type.String({ minLength: 1, maxLength: 200 }),
  description: Type.Optional(Type.String({ maxLength: 20_000 })),
  /** Prove the plan on a shadow database first and keep the report with the proposal. */
  verify: Type.Optional(Type.Boolean()),
});

export const NewThread = Type.Object({
  direction: Direction,
  index: Type.Integer({ minimum: 0 }),
  body: Type.String({ minLength: 1, maxLength: 20_000 }),
});

export const ApplyResponse = Type.Object({
  proposal: Proposal,
  applied: Type.Object({ statements: Type.Integer(), execution: Execution }),
});
