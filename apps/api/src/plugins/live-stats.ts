import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@fastify/type-provider-typebox';
import { readMysqlLiveStatsLimited } from '@schema-studio/mysql';
import { connectMysql, ConnectionError as MysqlConnectionError } from '@schema-studio/mysql/node';
import { readLiveStatsLimited } from '@schema-studio/postgres';
import { ConnectionError, connectPostgres } from '@schema-studio/postgres/connect';
import type { LiveStats } from '@schema-studio/schema';
import { describeUrl, type Outcome, openUrl } from '../connections/live.ts';
import { describeMysqlUrl, isMysqlUrl } from '../connections/live-mysql.ts';
import { type Failure, failure, sendError } from '../errors.ts';
import { IdParams, responses } from '../http/schemas.ts';
import type { Services, ServicesOption } from '../services.ts';

const LiveStatsResponse = Type.Unsafe<LiveStats>(
  Type.Object(
    {},
    { additionalProperties: true, description: 'LiveStats (packages/schema/src/live-stats.ts)' },
  ),
);

async function readPostgres(url: string): Promise<Outcome<LiveStats>> {
  let client: Awaited<ReturnType<typeof connectPostgres>>;
  try {
    client = await connectPostgres(url, 5_000);
  } catch (error) {
    return postgresFailure(url, error);
  }
  try {
    const stats = await readLiveStatsLimited((sql, params) =>
      client.query(sql, params as unknown[] | undefined),
    );
    return { ok: true, value: stats };
  } catch (error) {
    return postgresFailure(url, error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function readMysql(url: string): Promise<Outcome<LiveStats>> {
  const where = describeMysqlUrl(url);
  if (!('ok' in where)) return where;
  try {
    const connection = await connectMysql(url, { timeoutMs: 5_000 });
    try {
      const stats = await readMysqlLiveStatsLimited(connection.query, { database: where.value.database });
      return { ok: true, value: stats };
    } finally {
      await connection.close().catch(() => undefined);
    }
  } catch (error) {
    if (error instanceof MysqlConnectionError) return failure('CONNECTION_FAILED', error.message);
    const code = (error as { code?: unknown } | null)?.code;
    if (error instanceof Error && typeof code === 'string')
      return failure('CONNECTION_FAILED', `MySQL failed reading statistics: ${error.message}`);
    throw error;
  }
}

/** Server errors (down, timeout, permission) are expected and name the server, never the password. */
function postgresFailure(url: string, error: unknown): Failure {
  if (error instanceof ConnectionError) return failure('CONNECTION_FAILED', error.message);
  const sqlState = (error as { code?: unknown } | null)?.code;
  if (error instanceof Error && typeof sqlState === 'string') {
    const where = describeUrl(url);
    const server =
      'ok' in where ? `${where.value.host}:${where.value.port}/${where.value.database}` : 'the server';
    return failure(
      'CONNECTION_FAILED',
      `PostgreSQL at ${server} failed reading statistics: ${error.message}`,
    );
  }
  throw error;
}

/** Live statistics of the database behind a stored connection (PostgreSQL or MySQL/MariaDB by its URL). */
export async function liveStatsOf(connectionId: string, services: Services): Promise<Outcome<LiveStats>> {
  const connection = await services.store.getConnection(connectionId);
  if (!connection) return failure('CONNECTION_NOT_FOUND');
  const url = openUrl(services.box, connection);
  if (!('ok' in url)) return url;
  return isMysqlUrl(url.value) ? readMysql(url.value) : readPostgres(url.value);
}

/**
 * `GET /api/projects/:id/live-stats`: row estimates, sizes, index usage and sequence headroom of the project's
 * live database, for the canvas and the advisor. Reading statistics is something anyone who may read the
 * project may do: it reads no user row, and the project's connection is used on the project's behalf.
 */
export const liveStatsPlugin: FastifyPluginAsyncTypebox<ServicesOption> = async (app, { services }) => {
  app.get(
    '/api/projects/:id/live-stats',
    {
      schema: {
        tags: ['projects'],
        summary: "Live statistics of the project's database (sizes, row estimates, index usage, sequences)",
        params: IdParams,
        response: responses({ 200: LiveStatsResponse }),
      },
      config: { action: 'project.read' },
    },
    async (request, reply) => {
      const project = await services.store.getProject(request.params.id);
      if (!project) return sendError(reply, failure('PROJECT_NOT_FOUND'));
      if (project.connectionId === null)
        return sendError(
          reply,
          failure('NO_CONNECTION', 'The project has no connection to read live statistics from.'),
        );
      const stats = await liveStatsOf(project.connectionId, services);
      return 'ok' in stats ? reply.send(stats.value) : sendError(reply, stats);
    },
  );
};
