import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from './run.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ss-cli-'));
});

/** Every bad input gives exit 2 and exactly one line on stderr, never a stack trace, and nothing on stdout. */
function expectOneLineError(result: { code: number; stdout: string; stderr: string }, pattern: RegExp): void {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(/^schema-studio: /);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(result.stderr).toMatch(pattern);
}

describe('bad input', () => {
  it('unreachable database', async () => {
    const result = await cli('introspect', 'postgres://postgres@127.0.0.1:1/nowhere');
    expectOneLineError(result, /cannot connect to PostgreSQL at 127\.0\.0\.1:1\/nowhere/);
  });

  it('bad URL', async () => {
    expectOneLineError(
      await cli('introspect', 'postgres://user:secret@:99999/x'),
      /not a valid PostgreSQL URL/,
    );
  });

  it('never prints a password', async () => {
    const result = await cli('introspect', 'postgres://user:hunter2@127.0.0.1:1/db');
    expect(result.stderr).not.toContain('hunter2');
  });

  it('unsupported URL scheme', async () => {
    expectOneLineError(
      await cli('introspect', 'oracle://host/db'),
      /unsupported source "oracle:\/\/host\/db"/,
    );
  });

  it('SQL error with its line and column in the file', async () => {
    const file = join(dir, 'broken.sql');
    await writeFile(file, 'CREATE TABLE a (id int);\n\nCREATE TABEL b (id int);\n');
    expectOneLineError(
      await cli('introspect', file),
      /broken\.sql:3:8: SQL error: syntax error at or near "TABEL"/,
    );
  });

  it('SQL error without a cursor position is located at its statement', async () => {
    const file = join(dir, 'missing-ref.sql');
    await writeFile(
      file,
      'CREATE TABLE a (id int);\n-- the next one references a table that is not there\n  CREATE TABLE b (a_id int REFERENCES nowhere (id));\n',
    );
    expectOneLineError(
      await cli('introspect', file),
      /missing-ref\.sql:3:3: SQL error: relation "nowhere" does not exist/,
    );
  });

  it('invalid JSON', async () => {
    const file = join(dir, 'bad.json');
    await writeFile(file, '{"formatVersion": 1,');
    expectOneLineError(await cli('diff', 'empty', file), /bad\.json: invalid JSON/);
  });

  it('JSON that is not a model', async () => {
    const file = join(dir, 'not-model.json');
    await writeFile(file, JSON.stringify({ formatVersion: 1, dialect: 'postgres', tables: 3 }));
    expectOneLineError(
      await cli('diff', 'empty', file),
      /not-model\.json: not a schema model: .*expected an array/,
    );
  });

  it('missing file', async () => {
    expectOneLineError(await cli('introspect', join(dir, 'nope.sql')), /file not found: .*nope\.sql/);
  });

  it('unknown flag', async () => {
    expectOneLineError(
      await cli('diff', 'empty', 'empty', '--frobnicate'),
      /diff: Unknown option '--frobnicate'/,
    );
  });

  it('unknown command', async () => {
    expectOneLineError(await cli('frobnicate'), /unknown command "frobnicate"/);
  });

  it('wrong number of arguments', async () => {
    expectOneLineError(await cli('diff', 'empty'), /diff: expected <from> <to>, got 1 argument/);
  });

  it('bad rename hint', async () => {
    expectOneLineError(
      await cli('diff', 'empty', 'empty', '--rename', 'colum:public.t.a=b'),
      /unknown kind "colum"/,
    );
  });

  it('bad --format', async () => {
    expectOneLineError(await cli('diff', 'empty', 'empty', '--format', 'yaml'), /unknown --format "yaml"/);
  });
});

describe('as a whole process', () => {
  const repoRoot = resolve(import.meta.dirname, '../../..');
  const run = promisify(execFile);

  it('exits 2 with one line and no stack trace for an unreachable database', async () => {
    const failure = await run(
      'node',
      ['--import', 'tsx', 'apps/cli/src/main.ts', 'introspect', 'postgres://127.0.0.1:1/x'],
      {
        cwd: repoRoot,
      },
    ).catch((e: { code: number; stdout: string; stderr: string }) => e);
    expect('code' in failure && failure.code).toBe(2);
    expect(failure.stdout).toBe('');
    expect(failure.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('prints an empty migration and exits 0 when the schemas are equal', async () => {
    const result = await run('node', ['--import', 'tsx', 'apps/cli/src/main.ts', 'diff', 'empty', 'empty'], {
      cwd: repoRoot,
    });
    expect(result.stdout).toBe('');
  });
});
