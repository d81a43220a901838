import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { type AppOptions, buildApp } from '../src/app.ts';

export interface TempDir {
  readonly path: string;
  remove(): void;
}

export function tempDir(prefix = 'ss-api'): TempDir {
  const path = mkdtempSync(join(tmpdir(), `${prefix}-`));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export function pgliteApp(dataDir: string, extra: Partial<AppOptions> = {}): Promise<FastifyInstance> {
  return buildApp({ store: 'pglite', dataDir, ...extra });
}

// biome-ignore lint/suspicious/noExplicitAny: test responses are read as loose JSON on purpose.
export type Json = any;

export interface Answer {
  readonly status: number;
  readonly body: Json;
}

/** One request through `inject`, its JSON body parsed (204 and HTML give `undefined`). */
export async function call(
  app: FastifyInstance,
  method: InjectOptions['method'],
  url: string,
  payload?: unknown,
): Promise<Answer> {
  const response = await app.inject({
    method,
    url,
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
  const isJson = String(response.headers['content-type'] ?? '').includes('application/json');
  return { status: response.statusCode, body: isJson ? response.json() : undefined };
}

/** Asserts an error answer: its status, its code, and the shared body shape. */
export function expectError(answer: Answer, status: number, code: string): void {
  if (
    answer.status !== status ||
    answer.body?.error?.code !== code ||
    typeof answer.body.error.message !== 'string'
  ) {
    throw new Error(`expected ${status} ${code}, got ${answer.status} ${JSON.stringify(answer.body)}`);
  }
}

/** A connection to `url` and a project read from it, as a person makes them; fails loudly otherwise. */
export async function projectOnDatabase(app: FastifyInstance, url: string, name = 'live'): Promise<Json> {
  const added = await call(app, 'POST', '/api/connections', { name, url });
  if (added.status !== 201) throw new Error(`connection refused: ${JSON.stringify(added.body)}`);
  const created = await call(app, 'POST', '/api/projects', {
    name,
    source: { kind: 'connection', connectionId: added.body.id },
  });
  if (created.status !== 201) throw new Error(`project refused: ${JSON.stringify(created.body)}`);
  return created.body;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
