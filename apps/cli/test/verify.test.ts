import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_SERVER_URL } from '@schema-studio/postgres/testing';
import { emptyModel, serializeModel, tableDef } from '@schema-studio/schema';
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from './run.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ss-verify-'));
  await writeFile(
    join(dir, 'from.sql'),
    `CREATE TYPE public.status AS ENUM ('new', 'done');
     CREATE TABLE public.task (id integer PRIMARY KEY, title text NOT NULL, status public.status DEFAULT 'new');`,
  );
  await writeFile(
    join(dir, 'to.sql'),
    `CREATE TYPE public.status AS ENUM ('new', 'doing', 'done');
     CREATE TABLE public.task (id integer PRIMARY KEY, title varchar(200) NOT NULL, status public.status DEFAULT 'new',
       due date);
     CREATE INDEX task_due ON public.task (due);
     CREATE VIEW public.open_task AS SELECT id, title FROM public.task WHERE status <> 'done';`,
  );
});

async function scratchDatabases(): Promise<string[]> {
  const client = new pg.Client({ connectionString: TEST_SERVER_URL });
  await client.connect();
  const { rows } = await client.query(
    "SELECT datname FROM pg_database WHERE datname LIKE 'schema_studio_shadow_%'",
  );
  await client.end();
  return rows.map((r) => String(r.datname));
}

describe('verify', () => {
  it('proves a migration on the embedded shadow and exits 0', async () => {
    const result = await cli('verify', join(dir, 'from.sql'), join(dir, 'to.sql'));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ok {3}up: \d+ statements? applied; re-diff is empty$/m);
    expect(result.stdout).toMatch(/^ok {3}down: \d+ statements? applied; re-diff is empty$/m);
    expect(result.stdout).toMatch(/proven on PGlite/);
  });

  it('proves on a real server with --shadow and leaves no scratch database behind', async () => {
    const before = await scratchDatabases();
    const result = await cli(
      'verify',
      join(dir, 'from.sql'),
      join(dir, 'to.sql'),
      '--shadow',
      TEST_SERVER_URL,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/proven on scratch database schema_studio_shadow_\w+ on 127\.0\.0\.1:5432/);
    expect(await scratchDatabases()).toEqual(before);
  });

  it('exits 1 with the reason when the design cannot be reached', async () => {
    // A hand-written model may spell a type in a way PostgreSQL never reports back (int4 is shown as integer):
    // applying it works, but the re-introspected database is not the design, and verify must say so.
    const model = {
      ...emptyModel('postgres'),
      tables: [
        tableDef({
          schema: 'public',
          name: 'counter',
          columns: [{ name: 'n', type: 'int4', nullable: true }],
        }),
      ],
    };
    const file = join(dir, 'design.json');
    await writeFile(file, serializeModel(model));
    const result = await cli('verify', 'empty', file);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^FAIL up: /m);
    expect(result.stderr).toMatch(/^schema-studio: not proven \(up\): /);
    expect(result.stdout).toMatch(/int4|integer/);
  });
});
