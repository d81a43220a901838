import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { responses } from '../http/schemas.ts';
import type { ServicesOption } from '../services.ts';

export const healthPlugin: FastifyPluginAsyncTypebox<ServicesOption> = async (app, { services }) => {
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['health'],
        summary: 'The server is up; which store it uses',
        response: responses({
          200: Type.Object({
            ok: Type.Literal(true),
            store: Type.Union([Type.Literal('pglite'), Type.Literal('postgres')]),
          }),
        }),
      },
    },
    async () => ({ ok: true as const, store: services.store.kind }),
  );
};
