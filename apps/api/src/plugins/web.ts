import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { failure, sendError } from '../errors.ts';
import { global } from '../http/global.ts';

export interface WebOptions {
  /** The built web app (`apps/web/dist`); absent or missing: `/` explains how to build it. */
  readonly webDist?: string;
}

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Schema Studio</title>
<link rel="icon" href="data:,"></head>
<body><h1>Schema Studio</h1>
<p>The API is running, but the web app is not built yet. Build it with <code>pnpm --filter @schema-studio/web build</code>
and restart the server. The API is documented at <a href="/api/docs">/api/docs</a>.</p></body></html>
`;

/**
 * Serves the web app. Unknown paths outside `/api` get `index.html` so the app's own router handles deep links;
 * unknown `/api` paths (and non-GET requests) get a NOT_FOUND error body.
 */
export const webPlugin: FastifyPluginAsync<WebOptions> = global(async (app, { webDist }) => {
  const built = webDist !== undefined && existsSync(join(webDist, 'index.html'));
  if (built) await app.register(fastifyStatic, { root: webDist, prefix: '/' });

  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0] ?? '';
    const isPage = (request.method === 'GET' || request.method === 'HEAD') && !/^\/api(\/|$)/.test(path);
    if (!isPage) return sendError(reply, failure('NOT_FOUND', `No route ${request.method} ${path}`));
    if (!built) return reply.type('text/html; charset=utf-8').send(NOT_BUILT);
    // index.html names the hashed assets of the current build: never cache it.
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}, 'schema-studio-web');
