import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { emptyModel, type SchemaModel, type TableDef, tableDef } from '@schema-studio/schema';
import { afterAll, describe, expect, it } from 'vitest';
import { type Json, sleep, type TempDir, tempDir } from './helpers.ts';

/**
 * Saves are atomic on disk: the real server (PGlite store) is SIGKILLed in the middle of a stream of saves,
 * restarted on the same data directory, and every project must load with a design that one save wrote whole.
 */
const REPO = fileURLToPath(new URL('../../..', import.meta.url));
const LAYOUT = { positions: {}, colors: {}, hidden: [] };

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

interface Server {
  readonly base: string;
  readonly child: ChildProcess;
  readonly output: () => string;
}

const START_DEADLINE_MS = 120_000;

async function startServer(dataDir: string): Promise<Server> {
  const port = await freePort();
  const logPath = join(dataDir, `server-${port}.log`);
  const log = openSync(logPath, 'a');
  const { DATABASE_URL: _none, ...env } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/server.ts'], {
    cwd: REPO,
    env: { ...env, PORT: String(port), HOST: '127.0.0.1', SCHEMA_STUDIO_DATA_DIR: dataDir },
    // A file, not a pipe: the server's log must never wait on this process reading it.
    stdio: ['ignore', log, log],
  });
  const output = () => readFileSync(logPath, 'utf8');
  const base = `http://127.0.0.1:${port}`;
  // A deadline, not a speed check: on a loaded 2-core machine tsx alone can take half a minute to start.
  const deadline = Date.now() + START_DEADLINE_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited: ${output()}`);
    const up = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return { base, child, output };
    await sleep(100);
  }
  child.kill('SIGKILL');
  throw new Error(`server did not start within ${START_DEADLINE_MS / 1000} s: ${output()}`);
}

/** How the process ended (exit code, or the signal that killed it); listen before signalling it. */
function exit(child: ChildProcess): Promise<number | string> {
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')));
}

async function request(
  base: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: Json }> {
  const response = await fetch(`${base}${path}`, {
    method,
    ...(body === undefined
      ? {}
      : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  return { status: response.status, body: response.status === 204 ? undefined : await response.json() };
}

/** A design large enough to span many pages: 120 tables, each save telling itself apart by a comment. */
function design(label: string): SchemaModel {
  const tables: TableDef[] = Array.from({ length: 120 }, (_, i) =>
    tableDef({
      schema: 'public',
      name: `t${String(i).padStart(3, '0')}`,
      comment: `${label} table ${i}`,
      columns: Array.from({ length: 8 }, (_, c) => ({ name: `c${c}`, type: 'text', nullable: c > 0 })),
      primaryKey: { name: `t${i}_pkey`, columns: ['c0'] },
    }),
  );
  return { ...emptyModel('postgres'), tables };
}

let dir: TempDir | undefined;
let server: Server | undefined;

afterAll(() => {
  server?.child.kill('SIGKILL');
  dir?.remove();
});

describe('saves under SIGKILL', () => {
  it('never leaves a half-written project', { timeout: 360_000 }, async () => {
    dir = tempDir('ss-crash');
    server = await startServer(dir.path);
    const { base } = server;

    // Projects made and saved before the storm: they must come back untouched.
    const earlier: Json[] = [];
    for (const name of ['before-1', 'before-2']) {
      const made = await request(base, 'POST', '/api/projects', { name, source: { kind: 'empty' } });
      const saved = await request(base, 'PUT', `/api/projects/${made.body.id}`, {
        design: design(name),
        layout: LAYOUT,
        hints: [],
        version: 1,
      });
      expect(saved.status).toBe(200);
      earlier.push(saved.body);
    }

    // Two projects saved in a loop; `sent[v]` is the design a save that produced version v carried.
    const hot = await Promise.all(
      ['hot-1', 'hot-2'].map(async (name) => {
        const made = await request(base, 'POST', '/api/projects', { name, source: { kind: 'empty' } });
        return { id: made.body.id as string, sent: new Map<number, SchemaModel>(), acked: 1, attempted: 1 };
      }),
    );
    let killed = false;
    const storm = hot.map(async (project) => {
      for (let n = 1; !killed; n++) {
        const next = design(`${project.id} save ${n}`);
        project.sent.set(project.acked + 1, next);
        project.attempted = project.acked + 1;
        try {
          const saved = await request(base, 'PUT', `/api/projects/${project.id}`, {
            design: next,
            layout: LAYOUT,
            hints: [],
            version: project.acked,
          });
          if (saved.status !== 200) throw new Error(`save answered ${saved.status}`);
          project.acked = saved.body.version;
        } catch (error) {
          if (!killed) throw error;
        }
      }
    });
    // Let the saves run long enough to have many behind them and some in flight.
    while (hot.some((p) => p.acked < 15)) await sleep(20);
    await sleep(Math.random() * 50);
    killed = true;
    const exited = exit(server.child);
    server.child.kill('SIGKILL');
    await Promise.all(storm);
    expect(await exited).toBe('SIGKILL');

    server = await startServer(dir.path);
    for (const project of hot) {
      const loaded = await request(server.base, 'GET', `/api/projects/${project.id}`);
      expect(loaded.status).toBe(200);
      const version = loaded.body.version as number;
      // Every acknowledged save is there; at most the one in flight got committed without its answer.
      expect(version).toBeGreaterThanOrEqual(project.acked);
      expect(version).toBeLessThanOrEqual(project.attempted);
      expect(loaded.body.design).toEqual(project.sent.get(version));
    }
    for (const before of earlier) {
      expect((await request(server.base, 'GET', `/api/projects/${before.id}`)).body).toEqual(before);
    }

    // And a clean stop: SIGTERM closes the store and exits 0.
    const stopped = exit(server.child);
    server.child.kill('SIGTERM');
    expect(await stopped).toBe(0);
    expect(server.output()).toContain('SIGTERM: closing');
  });
});
