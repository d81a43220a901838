import type { FastifyInstance } from 'fastify';
import { type Answer, call, type Json } from './helpers.ts';

/** Shared steps of the proposal suites: a project, a change to its design, a proposal of it. */

export async function ok(answer: Promise<Answer>, status = 200): Promise<Json> {
  const { status: got, body } = await answer;
  if (got !== status) throw new Error(`expected ${status}, got ${got} ${JSON.stringify(body)}`);
  return body;
}

/** Saves `change(design)` as the project's design. */
export async function editDesign(
  app: FastifyInstance,
  projectId: string,
  change: (design: Json) => void,
): Promise<Json> {
  const project = await ok(call(app, 'GET', `/api/projects/${projectId}`));
  const design = structuredClone(project.design);
  change(design);
  return ok(
    call(app, 'PUT', `/api/projects/${projectId}`, {
      design,
      layout: project.layout,
      hints: project.hints,
      version: project.version,
    }),
  );
}

export function table(design: Json, name: string): Json {
  const found = design.tables.find((t: Json) => t.name === name);
  if (!found) throw new Error(`no table ${name}`);
  return found;
}

export const propose = (app: FastifyInstance, projectId: string, title = 'Add things', extra = {}) =>
  ok(call(app, 'POST', `/api/projects/${projectId}/proposals`, { title, ...extra }), 201);

/** Moves a proposal by one route (`approve`, `request-changes`, `close`, `reopen`, `revisions`, `apply`). */
export const act = (app: FastifyInstance, id: string, route: string, body?: unknown) =>
  call(app, 'POST', `/api/proposals/${id}/${route}`, body);
