import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { MYSQL_SERVER_URL } from './mysql-database.ts';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');

export interface Studio {
  readonly url: string;
  readonly dataDir: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? done(address.port) : fail(new Error('no port')),
      );
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`studio exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`studio did not answer at ${url} within 60 s:\n${output()}`);
}

/** Starts the real studio server (API + built web app) on a free port; `dataDir` defaults to a fresh folder. */
export async function startStudio(dataDir = mkdtempSync(join(tmpdir(), 'ss-e2e-'))): Promise<Studio> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn('node', ['--import', 'tsx', 'apps/api/src/server.ts'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      SCHEMA_STUDIO_DATA_DIR: dataDir,
      // MySQL designs read their SQL and prove their migrations in scratch databases on the local MariaDB.
      MYSQL_SHADOW_URL: process.env.MYSQL_SHADOW_URL ?? MYSQL_SERVER_URL,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (d) => {
    log += d;
  });
  child.stderr?.on('data', (d) => {
    log += d;
  });
  await waitForHealth(url, child, () => log);
  return {
    url,
    dataDir,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}
