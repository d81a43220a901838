import { emptyModel, type SchemaModel } from '@schema-studio/schema';
import { introspectUrl, type Outcome, openUrl } from '../connections/live.ts';
import { DEMO_SQL } from '../demo/demo.ts';
import type { Engine } from '../engine/engine.ts';
import { failure } from '../errors.ts';
import type { ProjectSource } from '../http/contract.ts';
import type { Services } from '../services.ts';

export interface Origin {
  readonly connectionId: string | null;
  readonly baseline: SchemaModel;
  readonly design: SchemaModel;
}

/**
 * Where a new project starts. From a connection the baseline is the live schema (nothing to migrate yet);
 * from SQL, the demo or nothing, the baseline is an empty database so the migration creates everything.
 */
export async function projectOrigin(source: ProjectSource, services: Services): Promise<Outcome<Origin>> {
  const fromEmpty = (design: SchemaModel): Outcome<Origin> => ({
    ok: true,
    value: { connectionId: null, baseline: emptyModel(design.dialect), design },
  });
  switch (source.kind) {
    case 'empty':
      return fromEmpty(emptyModel(source.dialect ?? 'postgres'));
    case 'demo': {
      const model = await demoModel(services.engine);
      return 'ok' in model ? fromEmpty(model.value) : model;
    }
    case 'sql': {
      const model = await services.engine.sqlToModel(source.sql, undefined, source.dialect);
      return 'ok' in model ? fromEmpty(model.value) : model;
    }
    case 'connection': {
      const live =
        finishedIntrospection(source, services) ?? (await liveModel(source.connectionId, services));
      if (!('ok' in live)) return live;
      return {
        ok: true,
        value: { connectionId: source.connectionId, baseline: live.value, design: live.value },
      };
    }
  }
}

/**
 * The model of a finished introspection job of the same connection, if the client names one: the UI runs the
 * job to show progress, and reading the database a second time would double the wait on a large schema.
 */
function finishedIntrospection(
  source: { readonly connectionId: string; readonly jobId?: string },
  services: Services,
): Outcome<SchemaModel> | undefined {
  if (source.jobId === undefined) return undefined;
  const job = services.jobs.get(source.jobId);
  if (job?.kind !== 'introspect' || job.subject !== source.connectionId || job.status !== 'done')
    return undefined;
  return { ok: true, value: job.result as SchemaModel };
}

/** The live schema behind a stored connection. */
export async function liveModel(connectionId: string, services: Services): Promise<Outcome<SchemaModel>> {
  const connection = await services.store.getConnection(connectionId);
  if (!connection) return failure('CONNECTION_NOT_FOUND');
  const url = openUrl(services.box, connection);
  return 'ok' in url ? introspectUrl(url.value) : url;
}

let demo: Promise<Outcome<SchemaModel>> | undefined;

/** The demo schema never changes while the server runs: read it on a shadow once. */
function demoModel(engine: Engine): Promise<Outcome<SchemaModel>> {
  demo ??= engine.sqlToModel(DEMO_SQL).then((model) => {
    if (!('ok' in model)) demo = undefined;
    return model;
  });
  return demo;
}
