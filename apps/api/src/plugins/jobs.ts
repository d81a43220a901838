import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import type { SchemaModel } from '@schema-studio/schema';
import { mayUseConnection } from '../auth/connections.ts';
import { introspectUrl, openUrl } from '../connections/live.ts';
import { failure, sendError } from '../errors.ts';
import { Job } from '../http/contract.ts';
import { IdParams, responses } from '../http/schemas.ts';
import type { ServicesOption } from '../services.ts';

/** Long work (introspecting a large database) runs as a job the web polls for progress. */
export const jobsPlugin: FastifyPluginAsyncTypebox<ServicesOption> = async (app, { services }) => {
  const { store, box, jobs } = services;

  app.post(
    '/api/connections/:id/introspect',
    {
      schema: {
        tags: ['jobs'],
        summary: 'Start reading the live schema; poll the job for progress and the model',
        params: IdParams,
        response: responses({ 202: Type.Object({ jobId: Type.String() }) }),
      },
    },
    async (request, reply) => {
      const allowed = await mayUseConnection(request, request.params.id, store);
      const connection = allowed ? await store.getConnection(request.params.id) : undefined;
      if (!connection) return sendError(reply, failure('CONNECTION_NOT_FOUND'));
      const url = openUrl(box, connection);
      if (!('ok' in url)) return sendError(reply, url);
      const job = jobs.start('introspect', (report) => introspectUrl(url.value, report), connection.id);
      return reply.code(202).send({ jobId: job.id });
    },
  );

  app.get(
    '/api/jobs/:id',
    {
      schema: {
        tags: ['jobs'],
        summary: 'A job: status, progress, and its result (a model) or error when finished',
        params: IdParams,
        response: responses({ 200: Job }),
      },
    },
    async (request, reply) => {
      const job = jobs.get(request.params.id);
      // A job's result is a connection's schema: only those who may use that connection see the job at all.
      const visible =
        job && (job.subject === undefined || (await mayUseConnection(request, job.subject, store)));
      if (!job || !visible) return sendError(reply, failure('JOB_NOT_FOUND'));
      const { id, kind, status, progress, result, error } = job;
      return reply.send({
        id,
        kind,
        status,
        progress,
        // Introspection is the only kind of job so far: its result is a model.
        ...(result === undefined ? {} : { result: result as SchemaModel }),
        ...(error ? { error } : {}),
      });
    },
  );
};
