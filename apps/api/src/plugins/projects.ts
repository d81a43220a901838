import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import type { SchemaModel } from '@schema-studio/schema';
import { mayUseConnection } from '../auth/connections.ts';
import { accountOf } from '../auth/context.ts';
import type { Outcome } from '../connections/live.ts';
import { checkModel } from '../engine/engine.ts';
import { failure, sendError } from '../errors.ts';
import { Layout, Project, ProjectDrift, ProjectSource, ProjectSummary } from '../http/contract.ts';
import { Hints, IdParams, ModelInput, responses } from '../http/schemas.ts';
import { liveModel, projectOrigin } from '../projects/sources.ts';
import { findDrift } from '../reviews/drift.ts';
import type { ServicesOption } from '../services.ts';
import type { ProjectRecord } from '../store/store.ts';

const Name = Type.String({ minLength: 1, maxLength: 200 });

const EMPTY_LAYOUT = { positions: {}, colors: {}, hidden: [] };

/** `connectionId` is absent rather than null in the API, as the contract says. */
function publicProject<T extends { connectionId: string | null }>(p: T) {
  const { connectionId, ...rest } = p;
  return connectionId === null ? rest : { ...rest, connectionId };
}

export const projectsPlugin: FastifyPluginAsyncTypebox<ServicesOption> = async (app, { services }) => {
  const { store } = services;
  const found = (project: ProjectRecord | undefined) =>
    project ? ({ ok: true, value: publicProject(project) } as const) : failure('PROJECT_NOT_FOUND');

  /** A project and the schema its live database has now (drift and refresh both start here). */
  const projectAndLive = async (
    id: string,
  ): Promise<Outcome<{ project: ProjectRecord; live: SchemaModel }>> => {
    const project = await store.getProject(id);
    if (!project) return failure('PROJECT_NOT_FOUND');
    if (project.connectionId === null) return failure('NO_CONNECTION');
    const live = await liveModel(project.connectionId, services);
    return 'ok' in live ? { ok: true, value: { project, live: live.value } } : live;
  };

  app.post(
    '/api/projects',
    {
      schema: {
        tags: ['projects'],
        summary: 'Create a project from nothing, the demo, SQL, or a live connection',
        body: Type.Object({ name: Name, source: ProjectSource }),
        response: responses({ 201: Project }),
      },
    },
    async (request, reply) => {
      const me = accountOf(request);
      const { source } = request.body;
      if (source.kind === 'connection' && !(await mayUseConnection(request, source.connectionId, store))) {
        return sendError(reply, failure('CONNECTION_NOT_FOUND'));
      }
      const origin = await projectOrigin(source, services);
      if (!('ok' in origin)) return sendError(reply, origin);
      const created = await store.insertProject({
        name: request.body.name,
        ...origin.value,
        layout: EMPTY_LAYOUT,
        hints: [],
      });
      // The creator owns the project; in local mode there is no one to record.
      if (me) await store.accounts.setMember(created.id, me.id, 'owner');
      return reply.code(201).send(publicProject(created));
    },
  );

  app.get(
    '/api/projects',
    {
      schema: {
        tags: ['projects'],
        summary: 'List projects, most recently changed first',
        response: responses({ 200: Type.Object({ projects: Type.Array(ProjectSummary) }) }),
      },
    },
    async (request) => {
      const projects = await store.listProjects();
      const me = accountOf(request);
      // Signed in, one sees only the projects one is a member of; local mode sees all.
      const mine = me ? await store.accounts.projectIds(me.id) : undefined;
      return { projects: projects.filter((p) => !mine || mine.has(p.id)).map(publicProject) };
    },
  );

  app.get(
    '/api/projects/:id',
    {
      schema: {
        tags: ['projects'],
        summary: 'Load a project',
        params: IdParams,
        response: responses({ 200: Project }),
      },
      config: { action: 'project.read' },
    },
    async (request, reply) => {
      const project = found(await store.getProject(request.params.id));
      return 'ok' in project ? reply.send(project.value) : sendError(reply, project);
    },
  );

  app.put(
    '/api/projects/:id',
    {
      schema: {
        tags: ['projects'],
        summary: 'Save design, layout and hints; `version` is the one last loaded (stale: VERSION_CONFLICT)',
        params: IdParams,
        body: Type.Object({
          design: ModelInput,
          layout: Layout,
          hints: Hints,
          version: Type.Integer({ minimum: 1 }),
        }),
        response: responses({ 200: Project }),
      },
      config: { action: 'project.edit' },
    },
    async (request, reply) => {
      const { design, layout, hints, version } = request.body;
      const model = checkModel(design, 'design');
      if (!('ok' in model)) return sendError(reply, model);
      const saved = await store.saveProject(request.params.id, version, {
        design: model.value,
        layout,
        hints,
      });
      if (saved.status === 'saved') return reply.send(publicProject(saved.project));
      if (saved.status === 'missing') return sendError(reply, failure('PROJECT_NOT_FOUND'));
      return sendError(
        reply,
        failure('VERSION_CONFLICT', undefined, {
          currentVersion: saved.currentVersion,
          yourVersion: version,
        }),
      );
    },
  );

  app.patch(
    '/api/projects/:id',
    {
      schema: {
        tags: ['projects'],
        summary: 'Rename a project',
        params: IdParams,
        body: Type.Object({ name: Name }),
        response: responses({ 200: Project }),
      },
      config: { action: 'project.edit' },
    },
    async (request, reply) => {
      const project = found(await store.renameProject(request.params.id, request.body.name));
      return 'ok' in project ? reply.send(project.value) : sendError(reply, project);
    },
  );

  app.delete(
    '/api/projects/:id',
    {
      schema: {
        tags: ['projects'],
        summary: 'Delete a project',
        params: IdParams,
        response: responses({ 204: Type.Null() }),
      },
      config: { action: 'project.delete' },
    },
    async (request, reply) => {
      if (!(await store.deleteProject(request.params.id)))
        return sendError(reply, failure('PROJECT_NOT_FOUND'));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/projects/:id/drift',
    {
      schema: {
        tags: ['projects'],
        summary:
          "Whether the project's live database still is its baseline, and how it differs (changes nothing)",
        params: IdParams,
        response: responses({ 200: ProjectDrift }),
      },
      // Reading the schema is reading the project: the connection is used on the project's behalf, as for
      // live statistics; only refreshing the baseline writes.
      config: { action: 'project.read' },
    },
    async (request, reply) => {
      const read = await projectAndLive(request.params.id);
      if (!('ok' in read)) return sendError(reply, read);
      const { project, live } = read.value;
      const drift = findDrift(services.engine, project.baseline, live);
      return reply.send(
        drift
          ? { drifted: true, ...drift, statements: [...drift.statements], changes: [...drift.changes] }
          : { drifted: false, changes: [], statements: [], firstDifference: null },
      );
    },
  );

  app.post(
    '/api/projects/:id/refresh-baseline',
    {
      schema: {
        tags: ['projects'],
        summary: "Re-read the project's live database into its baseline (the design is kept)",
        params: IdParams,
        response: responses({ 200: Project }),
      },
      config: { action: 'project.refreshBaseline' },
    },
    async (request, reply) => {
      const read = await projectAndLive(request.params.id);
      if (!('ok' in read)) return sendError(reply, read);
      const updated = found(await store.setBaseline(read.value.project.id, read.value.live));
      return 'ok' in updated ? reply.send(updated.value) : sendError(reply, updated);
    },
  );
};
