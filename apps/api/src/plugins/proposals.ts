import { type FastifyPluginAsyncTypebox, type Static, Type } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Outcome } from '../connections/live.ts';
import { type Failure, failure, sendError } from '../errors.ts';
import { IdParams, responses } from '../http/schemas.ts';
import { access, type ReviewAction } from '../reviews/access.ts';
import { anchorIn, push, review, snapshotOf } from '../reviews/actions.ts';
import { applyProposal } from '../reviews/apply-proposal.ts';
import {
  ApplyResponse,
  NewProposal,
  NewThread,
  Proposal,
  ProposalSummary,
  Thread,
} from '../reviews/contract.ts';
import type { ProposalRecord } from '../reviews/records.ts';
import { execution, proposalView } from '../reviews/view.ts';
import type { ServicesOption } from '../services.ts';

const ThreadParams = Type.Object({
  id: Type.String({ minLength: 1, maxLength: 100 }),
  threadId: Type.String({ minLength: 1, maxLength: 100 }),
});
const Body = Type.Object({ body: Type.String({ minLength: 1, maxLength: 20_000 }) });
const Note = Type.Object({ comment: Type.Optional(Type.String({ maxLength: 20_000 })) });
const Verify = Type.Object({ verify: Type.Optional(Type.Boolean()) });

/** POST bodies that are all optional may be left out entirely. */
const optionalBody = async (request: FastifyRequest) => {
  if (request.body === undefined || request.body === null) request.body = {};
};

const send = <T>(reply: FastifyReply, outcome: Outcome<T> | Failure, status = 200) =>
  'ok' in outcome ? reply.code(status).send(outcome.value) : sendError(reply, outcome);

/**
 * Review and apply: proposals of a project's migration, comment threads on their statements, the status moves
 * of the transition table, and the apply to the project's live database. Every route asks `access` for the
 * proposal's project before it reads or writes anything of it.
 */
export const proposalsPlugin: FastifyPluginAsyncTypebox<ServicesOption> = async (app, { services }) => {
  const { store, engine } = services;
  const { reviews } = store;

  /** The proposal and who acts on it, once `action` is allowed on its project. */
  async function entry(
    request: FastifyRequest,
    id: string,
    action: ReviewAction,
  ): Promise<Outcome<{ proposal: ProposalRecord; actor: string }>> {
    const proposal = await reviews.proposals.get(id);
    if (!proposal) return failure('PROPOSAL_NOT_FOUND');
    const actor = await access(request, proposal.projectId, action);
    // Someone outside the project gets the answer a wrong id gets: proposal ids reveal nothing either.
    if (!('ok' in actor)) return actor.code === 'PROJECT_NOT_FOUND' ? failure('PROPOSAL_NOT_FOUND') : actor;
    return { ok: true, value: { proposal, actor: actor.value } };
  }

  /** The proposal as it is after a change, in full. */
  async function fresh(id: string): Promise<Outcome<Static<typeof Proposal>>> {
    const proposal = await reviews.proposals.get(id);
    if (!proposal) return failure('PROPOSAL_NOT_FOUND');
    return { ok: true, value: await proposalView(reviews, proposal) };
  }

  app.post(
    '/api/projects/:id/proposals',
    {
      schema: {
        tags: ['reviews'],
        summary:
          "Request review: save the project's current migration as a proposal (verify: prove it first)",
        params: IdParams,
        body: NewProposal,
        response: responses({ 201: Proposal }),
      },
    },
    async (request, reply) => {
      const actor = await access(request, request.params.id, 'proposal.create');
      if (!('ok' in actor)) return sendError(reply, actor);
      const project = await store.getProject(request.params.id);
      if (!project) return sendError(reply, failure('PROJECT_NOT_FOUND'));
      const snapshot = await snapshotOf(engine, project, request.body.verify === true);
      if (!('ok' in snapshot)) return sendError(reply, snapshot);
      const { title, description = '' } = request.body;
      const created = await reviews.proposals.create(
        { projectId: project.id, title, description, author: actor.value },
        snapshot.value,
      );
      return reply.code(201).send(await proposalView(reviews, created));
    },
  );

  app.get(
    '/api/projects/:id/proposals',
    {
      schema: {
        tags: ['reviews'],
        summary: "The project's proposals, newest first",
        params: IdParams,
        response: responses({ 200: Type.Object({ proposals: Type.Array(ProposalSummary) }) }),
      },
    },
    async (request, reply) => {
      const actor = await access(request, request.params.id, 'proposal.read');
      if (!('ok' in actor)) return sendError(reply, actor);
      if (!(await store.getProject(request.params.id))) return sendError(reply, failure('PROJECT_NOT_FOUND'));
      return reply.send({ proposals: await reviews.proposals.list(request.params.id) });
    },
  );

  app.get(
    '/api/proposals/:id',
    {
      schema: {
        tags: ['reviews'],
        summary:
          'A proposal: plan, snapshots, how it will run, threads, approvals, activity and apply attempts',
        params: IdParams,
        response: responses({ 200: Proposal }),
      },
    },
    async (request, reply) => {
      const found = await entry(request, request.params.id, 'proposal.read');
      if (!('ok' in found)) return sendError(reply, found);
      return reply.send(await proposalView(reviews, found.value.proposal));
    },
  );

  app.post(
    '/api/proposals/:id/revisions',
    {
      schema: {
        tags: ['reviews'],
        summary:
          "Push the project's current design as a new revision: threads kept (outdated where the statement changed), approvals reset",
        params: IdParams,
        body: Verify,
        response: responses({ 200: Proposal }),
      },
      preValidation: optionalBody,
    },
    async (request, reply) => {
      const found = await entry(request, request.params.id, 'proposal.create');
      if (!('ok' in found)) return sendError(reply, found);
      const { proposal, actor } = found.value;
      const project = await store.getProject(proposal.projectId);
      if (!project) return sendError(reply, failure('PROJECT_NOT_FOUND'));
      const pushed = await push(reviews, engine, proposal, project, actor, request.body.verify === true);
      return 'ok' in pushed ? send(reply, await fresh(proposal.id)) : sendError(reply, pushed);
    },
  );

  const moves = [
    ['approve', 'proposal.review', 'Approve the current revision'],
    ['request-changes', 'proposal.review', 'Request changes (withdraws your approval)'],
    ['close', 'proposal.create', 'Close without applying'],
    ['reopen', 'proposal.create', 'Reopen a closed proposal'],
  ] as const;
  for (const [path, action, summary] of moves) {
    app.post(
      `/api/proposals/:id/${path}`,
      {
        schema: {
          tags: ['reviews'],
          summary: `${summary}; the transition table decides (INVALID_TRANSITION otherwise)`,
          params: IdParams,
          body: Note,
          response: responses({ 200: Proposal }),
        },
        preValidation: optionalBody,
      },
      async (request, reply) => {
        const found = await entry(request, request.params.id, action);
        if (!('ok' in found)) return sendError(reply, found);
        const { proposal, actor } = found.value;
        const { comment } = request.body;
        const move = path === 'request-changes' ? 'request_changes' : path;
        const done = await review(reviews, proposal, move, actor, comment ? { comment } : {});
        return 'ok' in done ? send(reply, await fresh(proposal.id)) : sendError(reply, done);
      },
    );
  }

  app.post(
    '/api/proposals/:id/threads',
    {
      schema: {
        tags: ['reviews'],
        summary: 'Start a comment thread on one statement of the plan (direction up/down, 0-based index)',
        params: IdParams,
        body: NewThread,
        response: responses({ 201: Thread }),
      },
    },
    async (request, reply) => {
      const found = await entry(request, request.params.id, 'proposal.comment');
      if (!('ok' in found)) return sendError(reply, found);
      const { proposal, actor } = found.value;
      const anchor = anchorIn(proposal, request.body.direction, request.body.index);
      if (!('ok' in anchor)) return sendError(reply, anchor);
      const thread = await reviews.threads.start(proposal.id, anchor.value, actor, request.body.body);
      return reply.code(201).send(thread);
    },
  );

  app.post(
    '/api/proposals/:id/threads/:threadId/replies',
    {
      schema: {
        tags: ['reviews'],
        summary: 'Reply in a thread',
        params: ThreadParams,
        body: Body,
        response: responses({ 201: Thread }),
      },
    },
    async (request, reply) => {
      const found = await entry(request, request.params.id, 'proposal.comment');
      if (!('ok' in found)) return sendError(reply, found);
      const { proposal, actor } = found.value;
      const thread = await reviews.threads.reply(
        proposal.id,
        request.params.threadId,
        actor,
        request.body.body,
      );
      return thread ? reply.code(201).send(thread) : sendError(reply, failure('THREAD_NOT_FOUND'));
    },
  );

  for (const [path, resolved] of [
    ['resolve', true],
    ['reopen', false],
  ] as const) {
    app.post(
      `/api/proposals/:id/threads/:threadId/${path}`,
      {
        schema: {
          tags: ['reviews'],
          summary: resolved ? 'Resolve a thread' : 'Reopen a resolved thread',
          params: ThreadParams,
          response: responses({ 200: Thread }),
        },
      },
      async (request, reply) => {
        const found = await entry(request, request.params.id, 'proposal.comment');
        if (!('ok' in found)) return sendError(reply, found);
        const { proposal, actor } = found.value;
        const thread = await reviews.threads.setResolved(
          proposal.id,
          request.params.threadId,
          resolved,
          actor,
        );
        return thread ? reply.send(thread) : sendError(reply, failure('THREAD_NOT_FOUND'));
      },
    );
  }

  app.post(
    '/api/proposals/:id/apply',
    {
      schema: {
        tags: ['reviews'],
        summary:
          "Apply an approved proposal to its project's live database (DRIFT_DETECTED if the database moved; APPLY_FAILED names the failing statement)",
        params: IdParams,
        response: responses({ 200: ApplyResponse }),
      },
    },
    async (request, reply) => {
      const found = await entry(request, request.params.id, 'proposal.apply');
      if (!('ok' in found)) return sendError(reply, found);
      const { proposal, actor } = found.value;
      const applied = await applyProposal(services, proposal, actor);
      if (!('ok' in applied)) return sendError(reply, applied);
      const now = await fresh(proposal.id);
      if (!('ok' in now)) return sendError(reply, now);
      return reply.send({
        proposal: now.value,
        applied: { statements: applied.value.statements, execution: execution(proposal) },
      });
    },
  );
};
