import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { mayUseConnection } from '../auth/connections.ts';
import { accountOf } from '../auth/context.ts';
import { describeUrl, testConnection } from '../connections/live.ts';
import { isMysqlUrl } from '../connections/live-mysql.ts';
import { failure, sendError } from '../errors.ts';
import { Connection } from '../http/contract.ts';
import { IdParams, responses } from '../http/schemas.ts';
import type { ServicesOption } from '../services.ts';
import type { ConnectionRecord } from '../store/store.ts';

/** The public face of a stored connection: the encrypted URL stays in the store. */
function publicConnection(c: ConnectionRecord) {
  const { urlEncrypted: _secret, ...rest } = c;
  return rest;
}

export const connectionsPlugin: FastifyPluginAsyncTypebox<ServicesOption> = async (app, { services }) => {
  const { store, box } = services;

  app.post(
    '/api/connections',
    {
      schema: {
        tags: ['connections'],
        summary: 'Test a PostgreSQL URL and store it (encrypted)',
        body: Type.Object({
          name: Type.String({ minLength: 1, maxLength: 200 }),
          url: Type.String({ minLength: 1, maxLength: 4000 }),
        }),
        response: responses({ 201: Connection }),
      },
    },
    async (request, reply) => {
      const { name, url } = request.body;
      const parts = describeUrl(url);
      if (!('ok' in parts)) return sendError(reply, parts);
      const tested = await testConnection(url);
      if (!('ok' in tested)) return sendError(reply, tested);
      const created = await store.insertConnection({
        name,
        dialect: isMysqlUrl(url) ? 'mysql' : 'postgres',
        ...parts.value,
        urlEncrypted: box.seal(url),
      });
      const me = accountOf(request);
      if (me) await store.accounts.setConnectionCreator(created.id, me.id);
      return reply.code(201).send(publicConnection(created));
    },
  );

  app.get(
    '/api/connections',
    {
      schema: {
        tags: ['connections'],
        summary: 'List stored connections (never their URL)',
        response: responses({ 200: Type.Object({ connections: Type.Array(Connection) }) }),
      },
    },
    async (request) => {
      const me = accountOf(request);
      // Signed in, one sees only one's own connections; local mode sees all.
      const mine = me ? await store.accounts.connectionIds(me.id) : undefined;
      const all = await store.listConnections();
      return { connections: all.filter((c) => !mine || mine.has(c.id)).map(publicConnection) };
    },
  );

  app.delete(
    '/api/connections/:id',
    {
      schema: {
        tags: ['connections'],
        summary: 'Forget a connection (projects made from it keep their models)',
        params: IdParams,
        response: responses({ 204: Type.Null() }),
      },
    },
    async (request, reply) => {
      const allowed = await mayUseConnection(request, request.params.id, store);
      if (!allowed || !(await store.deleteConnection(request.params.id))) {
        return sendError(reply, failure('CONNECTION_NOT_FOUND'));
      }
      return reply.code(204).send(null);
    },
  );
};
