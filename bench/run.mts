/**
 * Benchmark: schema-studio's introspection and diff as whole processes, against pg_dump --schema-only on the
 * same 1,000-table database in the same run (so machine noise hits both). Not a test: it prints a table and
 * writes bench/results/latest.json; docs/benchmarks.md records results with the machine they ran on.
 *
 * Usage: pnpm bench [--tables 1000] [--runs 7]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createTempDatabase } from '../packages/postgres/src/testing/server.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { tables: { type: 'string' }, runs: { type: 'string' } } });
const tables = Number(values.tables ?? 1000);
const runs = Number(values.runs ?? 7);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

/** Wall-clock milliseconds of a whole process, median of `runs` after one warm-up. */
function timeProcess(command: string, args: string[]): number {
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(command, args, {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 1 << 30,
    });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status !== 0)
      throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr.toString()}`);
    if (i > 0) times.push(ms);
  }
  return median(times);
}

const ddl = execFileSync(
  'node',
  [resolve(root, '../shared/tools/gen-schema.mjs'), '--tables', String(tables)],
  {
    maxBuffer: 1 << 30,
  },
).toString();
const db = await createTempDatabase('bench');
try {
  await db.exec(ddl);
  execFileSync('node', ['apps/cli/launch.mjs', '--build'], { cwd: root });
  const cli = ['apps/cli/dist/schema-studio.mjs'];
  const pgDump = timeProcess('pg_dump', ['--schema-only', '-d', db.url]);
  const introspect = timeProcess('node', [...cli, 'introspect', db.url]);
  const diffEmpty = timeProcess('node', [...cli, 'diff', 'empty', db.url]);
  const nodeStartup = timeProcess('node', ['-e', '0']);
  const result = {
    date: new Date().toISOString(),
    machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}`,
    tables,
    runs,
    ms: { pgDump, introspect, diffEmpty, nodeStartup },
    ratios: { introspectVsPgDump: introspect / pgDump, diffEmptyVsPgDump: diffEmpty / pgDump },
  };
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(join(root, 'bench/results/latest.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(`${tables} tables, median of ${runs} runs (${result.machine})`);
  console.log(`  pg_dump --schema-only        ${pgDump.toFixed(0)} ms (reference)`);
  console.log(
    `  schema-studio introspect     ${introspect.toFixed(0)} ms (${result.ratios.introspectVsPgDump.toFixed(2)}× pg_dump)`,
  );
  console.log(
    `  schema-studio diff empty URL ${diffEmpty.toFixed(0)} ms (${result.ratios.diffEmptyVsPgDump.toFixed(2)}× pg_dump)`,
  );
  console.log(`  node -e 0 (process start)    ${nodeStartup.toFixed(0)} ms`);
} finally {
  await db.drop();
}
