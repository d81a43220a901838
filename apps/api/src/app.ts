import fastifyCookie from '@fastify/cookie';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { ShadowFactory } from '@schema-studio/postgres/node';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { installAuth } from './auth/install.ts';
import type { SignInLimits } from './auth/sign-in.ts';
import { loadKey, secretBox } from './connections/secret-box.ts';
import { createEngine } from './engine/engine.ts';
import { ERRORS, handleError } from './errors.ts';
import { jobRegistry } from './jobs/registry.ts';
import { authPlugin } from './plugins/auth.ts';
import { connectionsPlugin } from './plugins/connections.ts';
import { docsPlugin } from './plugins/docs.ts';
import { docsExportPlugin } from './plugins/docs-export.ts';
import { enginePlugin } from './plugins/engine.ts';
import { healthPlugin } from './plugins/health.ts';
import { jobsPlugin } from './plugins/jobs.ts';
import { liveStatsPlugin } from './plugins/live-stats.ts';
import { membersPlugin } from './plugins/members.ts';
import { projectsPlugin } from './plugins/projects.ts';
import { proposalsPlugin } from './plugins/proposals.ts';
import { webPlugin } from './plugins/web.ts';
import type { Services } from './services.ts';
import { openStore, type StoreOption } from './store/open.ts';

export interface AppOptions {
  /** `'pglite'`: a PGlite database in `dataDir/store`; `{ databaseUrl }`: a PostgreSQL server. */
  readonly store: StoreOption;
  /** Holds the PGlite store and the key file. */
  readonly dataDir: string;
  /** The built web app, served outside `/api`. */
  readonly webDist?: string;
  /** Encrypts connection URLs; without it a random key file is created in `dataDir`. */
  readonly secret?: string;
  readonly logger?: FastifyServerOptions['logger'];
  /** Shadow databases for SQL→model and verification (PGlite by default). */
  readonly shadow?: ShadowFactory;
  /** A MySQL/MariaDB server URL for MySQL's scratch databases (reading MySQL SQL, proving MySQL migrations). */
  readonly mysqlShadowUrl?: string;
  /**
   * The address the server listens on (`HOST`; 127.0.0.1 by default). On loopback with no account yet the
   * studio is single-user and needs no sign-in; on any other address, or once an account exists, it does.
   */
  readonly host?: string;
  /** Failed sign-ins allowed per account and per client address in 15 minutes. */
  readonly signInLimits?: SignInLimits;
  /** How long invitation links work (7 days). */
  readonly invitationMs?: number;
}

/**
 * Log lines must never carry a connection URL or a password: bodies are never logged, and these paths are
 * redacted should any object holding them be logged.
 */
const REDACT = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.body',
  'body',
  '*.password',
  '*.databaseUrl',
];

function loggerOption(logger: AppOptions['logger']): FastifyServerOptions['logger'] {
  if (!logger) return false;
  const base = typeof logger === 'object' ? logger : {};
  return { level: 'info', ...base, redact: { paths: REDACT, censor: '[redacted]' } };
}

/** The whole API, ready for `inject()` or `listen()`; closing it closes the store. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOption(options.logger),
    // Designs of large schemas are several megabytes of JSON.
    bodyLimit: 64 * 1024 * 1024,
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.setErrorHandler(handleError);

  const store = await openStore(options.store, options.dataDir, (error) =>
    app.log.error({ err: error }, 'store'),
  );
  const jobs = jobRegistry({
    messageOf: (f) => f.message ?? ERRORS[f.code].message,
    onUnexpected: (error) => app.log.error({ err: error }, 'job failed unexpectedly'),
  });
  const engine = createEngine({
    ...(options.shadow ? { shadow: options.shadow } : {}),
    ...(options.mysqlShadowUrl ? { mysqlShadowUrl: options.mysqlShadowUrl } : {}),
  });
  const services: Services = {
    store,
    engine,
    box: secretBox(loadKey(options.dataDir, options.secret)),
    jobs,
  };
  app.addHook('onClose', async () => {
    await jobs.settled();
    await engine.close();
    await store.close();
  });

  await app.register(fastifyCookie);
  const mode = installAuth(app, store, options.host ?? '127.0.0.1');

  await app.register(docsPlugin);
  await app.register(authPlugin, {
    services,
    mode,
    ...(options.signInLimits ? { limits: options.signInLimits } : {}),
    ...(options.invitationMs ? { invitationMs: options.invitationMs } : {}),
  });
  await app.register(membersPlugin, { services });
  await app.register(healthPlugin, { services });
  await app.register(connectionsPlugin, { services });
  await app.register(jobsPlugin, { services });
  await app.register(enginePlugin, { services });
  await app.register(projectsPlugin, { services });
  await app.register(docsExportPlugin, { services });
  await app.register(liveStatsPlugin, { services });
  await app.register(proposalsPlugin, { services });
  await app.register(webPlugin, options.webDist === undefined ? {} : { webDist: options.webDist });
  return app;
}
