/** Builds the reference page with Vite and serves it, with its data, from a plain static HTTP server. */
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import type { ReferenceData } from './reference/data.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

export interface ReferenceServer {
  readonly url: string;
  close(): Promise<void>;
}

export async function buildReference(outDir: string): Promise<void> {
  await build({
    root: join(import.meta.dirname, 'reference'),
    configFile: false,
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir, emptyOutDir: true },
  });
}

/** Serves `dir` (the built page) and each of `files` (name → data) beside it. */
export async function serveReference(
  dir: string,
  files: Record<string, ReferenceData>,
): Promise<ReferenceServer> {
  for (const [name, data] of Object.entries(files)) await writeFile(join(dir, name), JSON.stringify(data));
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const file = join(dir, normalize(path === '/' ? '/index.html' : path));
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
