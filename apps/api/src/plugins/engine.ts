import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import type { RenameHint, VerifyReport as Report, Statement } from '@schema-studio/diff';
import type { SchemaModel } from '@schema-studio/schema';
import type { Outcome } from '../connections/live.ts';
import { checkModel } from '../engine/engine.ts';
import { failure, sendError } from '../errors.ts';
import { Hints, Model, ModelInput, responses } from '../http/schemas.ts';
import type { ServicesOption } from '../services.ts';

const Hazard = Type.Object({ code: Type.String(), reason: Type.String() });
const Statements = Type.Unsafe<readonly Statement[]>(
  Type.Array(Type.Object({ sql: Type.String(), hazards: Type.Array(Hazard), transactional: Type.Boolean() })),
);
const MigrationBody = Type.Object({ baseline: ModelInput, design: ModelInput, hints: Type.Optional(Hints) });

const VerifyReport = Type.Unsafe<Report>(
  Type.Object({
    proven: Type.Boolean(),
    shadow: Type.String(),
    steps: Type.Array(
      Type.Object({
        stage: Type.Union([Type.Literal('setup'), Type.Literal('up'), Type.Literal('down')]),
        ok: Type.Boolean(),
        detail: Type.String(),
      }),
    ),
    summary: Type.String(),
  }),
);

interface Migration {
  readonly baseline: SchemaModel;
  readonly design: SchemaModel;
  readonly hints: readonly RenameHint[];
}

/** Both sides of a migration, validated, or the first invalid one. */
function checkMigration(body: {
  baseline: unknown;
  design: unknown;
  hints?: readonly RenameHint[];
}): Outcome<Migration> {
  const baseline = checkModel(body.baseline, 'baseline');
  if (!('ok' in baseline)) return baseline;
  const design = checkModel(body.design, 'design');
  if (!('ok' in design)) return design;
  if (baseline.value.dialect !== design.value.dialect) {
    return failure(
      'INVALID_MODEL',
      `the baseline is a ${baseline.value.dialect} model and the design a ${design.value.dialect} one`,
    );
  }
  return { ok: true, value: { baseline: baseline.value, design: design.value, hints: body.hints ?? [] } };
}

/** SQL to model, plans, proofs and DDL: the pure engine plus the shadow database only the server has. */
export const enginePlugin: FastifyPluginAsyncTypebox<ServicesOption> = async (app, { services }) => {
  const { engine } = services;

  app.post(
    '/api/sql/model',
    {
      schema: {
        tags: ['engine'],
        summary:
          'Run SQL DDL on the embedded engine (in a transaction rolled back afterwards) and read it back as a model',
        body: Type.Object({
          sql: Type.String({ maxLength: 5_000_000 }),
          dialect: Type.Optional(Type.Union([Type.Literal('postgres'), Type.Literal('mysql')])),
        }),
        response: responses({ 200: Type.Object({ model: Model }) }),
      },
    },
    async (request, reply) => {
      const gone = new AbortController();
      reply.raw.on('close', () => {
        if (!reply.raw.writableFinished) gone.abort();
      });
      const model = await engine
        .sqlToModel(request.body.sql, gone.signal, request.body.dialect)
        .catch((error: unknown) => {
          if (gone.signal.aborted) return undefined; // nobody is waiting for the answer
          throw error;
        });
      if (model === undefined) return reply;
      return 'ok' in model ? reply.send({ model: model.value }) : sendError(reply, model);
    },
  );

  app.post(
    '/api/plan',
    {
      schema: {
        tags: ['engine'],
        summary: 'The migration from baseline to design: statements with hazards, and as SQL',
        body: MigrationBody,
        response: responses({
          200: Type.Object({
            up: Statements,
            down: Statements,
            session: Type.Unsafe<readonly string[]>(Type.Array(Type.String())),
            upSql: Type.String(),
            downSql: Type.String(),
          }),
        }),
      },
    },
    async (request, reply) => {
      const m = checkMigration(request.body);
      if (!('ok' in m)) return sendError(reply, m);
      return reply.send(engine.plan(m.value.baseline, m.value.design, m.value.hints));
    },
  );

  app.post(
    '/api/verify',
    {
      schema: {
        tags: ['engine'],
        summary: 'Prove the migration on a shadow database (up reaches the design, down returns)',
        body: MigrationBody,
        response: responses({ 200: VerifyReport }),
      },
    },
    async (request, reply) => {
      const m = checkMigration(request.body);
      if (!('ok' in m)) return sendError(reply, m);
      const report = await engine.verify(m.value.baseline, m.value.design, m.value.hints);
      return 'ok' in report ? reply.send(report.value) : sendError(reply, report);
    },
  );

  app.post(
    '/api/ddl',
    {
      schema: {
        tags: ['engine'],
        summary: 'The model as DDL (for the SQL editor)',
        body: Type.Object({ model: ModelInput }),
        response: responses({ 200: Type.Object({ sql: Type.String() }) }),
      },
    },
    async (request, reply) => {
      const model = checkModel(request.body.model, 'model');
      return 'ok' in model ? reply.send({ sql: engine.ddl(model.value) }) : sendError(reply, model);
    },
  );
};
