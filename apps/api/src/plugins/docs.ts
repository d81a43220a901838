import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyPluginAsync } from 'fastify';
import { global } from '../http/global.ts';

/**
 * The OpenAPI document (`/api/docs/json`) and its UI (`/api/docs`), served from the package (no CDN). Global and
 * registered before the routes: swagger collects routes as they are added.
 */
export const docsPlugin: FastifyPluginAsync = global(async (app) => {
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Schema Studio API',
        version: '0.1.0',
        description: 'Schema design studio. Error codes: docs/api-errors.md. Contract: docs/api-contract.md.',
      },
      tags: ['health', 'connections', 'jobs', 'engine', 'projects'].map((name) => ({ name })),
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
}, 'schema-studio-docs');
